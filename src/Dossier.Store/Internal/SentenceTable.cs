using System.Data.Common;

namespace Dossier.Store.Internal;

internal sealed class SentenceTable : ILayerTable
{
    public Layer Layer => Layer.Sentences;

    public IReadOnlyList<string> Tables { get; } = ["sentences"];

    public Task WriteAsync(DbTransaction transaction, long documentId, Document document, CancellationToken cancellationToken) =>
        Db.InsertRowsAsync(transaction, "sentences", ["document_id", "ordinal", "start", "end", "paragraph"], document.Sentences,
            (s, i) => [documentId, i, s.Span.Start, s.Span.End, s.Paragraph], cancellationToken);

    public async Task<Document> ReadAsync(DbConnection connection, long documentId, Document document, CancellationToken cancellationToken)
    {
        var rows = await Db.QueryAsync(connection,
            "SELECT start, \"end\", paragraph FROM sentences WHERE document_id = @id ORDER BY ordinal",
            r => new Sentence(new TextSpan(r.GetInt32(0), r.GetInt32(1)), r.GetInt32(2)), cancellationToken, ("@id", documentId));
        return document with { Sentences = [.. rows] };
    }
}
