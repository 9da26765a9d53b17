using System.Data.Common;

namespace Dossier.Store.Internal;

internal sealed class ParagraphTable : ILayerTable
{
    public Layer Layer => Layer.Paragraphs;

    public IReadOnlyList<string> Tables { get; } = ["paragraphs"];

    public Task WriteAsync(DbTransaction transaction, long documentId, Document document, CancellationToken cancellationToken) =>
        Db.InsertRowsAsync(transaction, "paragraphs", ["document_id", "ordinal", "start", "end"], document.Paragraphs,
            (p, i) => [documentId, i, p.Span.Start, p.Span.End], cancellationToken);

    public async Task<Document> ReadAsync(DbConnection connection, long documentId, Document document, CancellationToken cancellationToken)
    {
        var rows = await Db.QueryAsync(connection,
            "SELECT start, \"end\" FROM paragraphs WHERE document_id = @id ORDER BY ordinal",
            r => new Paragraph(new TextSpan(r.GetInt32(0), r.GetInt32(1))), cancellationToken, ("@id", documentId));
        return document with { Paragraphs = [.. rows] };
    }
}
