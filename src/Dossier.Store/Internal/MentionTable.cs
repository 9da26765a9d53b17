using System.Data.Common;

namespace Dossier.Store.Internal;

internal sealed class MentionTable : ILayerTable
{
    public Layer Layer => Layer.Entities;

    public IReadOnlyList<string> Tables { get; } = ["mentions"];

    public Task WriteAsync(DbTransaction transaction, long documentId, Document document, CancellationToken cancellationToken) =>
        Db.InsertRowsAsync(transaction, "mentions", ["document_id", "ordinal", "start", "end", "type", "confidence", "text"], document.Mentions,
            (m, i) => [documentId, i, m.Span.Start, m.Span.End, (int)m.Type, m.Confidence, document[m.Span]], cancellationToken);

    public async Task<Document> ReadAsync(DbConnection connection, long documentId, Document document, CancellationToken cancellationToken)
    {
        var rows = await Db.QueryAsync(connection,
            "SELECT start, \"end\", type, confidence FROM mentions WHERE document_id = @id ORDER BY ordinal",
            r => new EntityMention(new TextSpan(r.GetInt32(0), r.GetInt32(1)), (EntityType)r.GetInt32(2), r.GetDouble(3)),
            cancellationToken, ("@id", documentId));
        return document with { Mentions = [.. rows] };
    }
}
