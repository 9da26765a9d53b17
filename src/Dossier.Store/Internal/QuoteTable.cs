using System.Collections.Immutable;
using System.Data.Common;

namespace Dossier.Store.Internal;

internal sealed class QuoteTable : ILayerTable
{
    public Layer Layer => Layer.Quotes;

    public IReadOnlyList<string> Tables { get; } = ["quotes", "quote_spans"];

    public async Task WriteAsync(DbTransaction transaction, long documentId, Document document, CancellationToken cancellationToken)
    {
        await Db.InsertRowsAsync(transaction, "quotes",
            ["document_id", "ordinal", "kind", "cue_start", "cue_end", "source_start", "source_end", "speaker"], document.Quotes,
            (q, i) => [documentId, i, (int)q.Kind, q.Cue?.Start, q.Cue?.End, q.Source?.Start, q.Source?.End, q.Speaker], cancellationToken);
        var spans = document.Quotes.SelectMany((q, i) => q.Content.Select((span, j) => (Quote: i, Ordinal: j, Span: span)));
        await Db.InsertRowsAsync(transaction, "quote_spans", ["document_id", "quote", "ordinal", "start", "end"], spans,
            (s, _) => [documentId, s.Quote, s.Ordinal, s.Span.Start, s.Span.End], cancellationToken);
    }

    public async Task<Document> ReadAsync(DbConnection connection, long documentId, Document document, CancellationToken cancellationToken)
    {
        var spans = await Db.QueryAsync(connection,
            "SELECT quote, start, \"end\" FROM quote_spans WHERE document_id = @id ORDER BY quote, ordinal",
            r => (Quote: r.GetInt32(0), Span: new TextSpan(r.GetInt32(1), r.GetInt32(2))), cancellationToken, ("@id", documentId));
        var content = spans.ToLookup(s => s.Quote, s => s.Span);
        var quotes = await Db.QueryAsync(connection,
            "SELECT ordinal, kind, cue_start, cue_end, source_start, source_end, speaker FROM quotes WHERE document_id = @id ORDER BY ordinal",
            r => new Quote(
                [.. content[r.GetInt32(0)]],
                OptionalSpan(r, 2),
                OptionalSpan(r, 4),
                (QuoteKind)r.GetInt32(1),
                r.IsDBNull(6) ? null : r.GetInt32(6)),
            cancellationToken, ("@id", documentId));
        return document with { Quotes = [.. quotes] };
    }

    private static TextSpan? OptionalSpan(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : new TextSpan(reader.GetInt32(column), reader.GetInt32(column + 1));
}
