using System.Data.Common;

namespace Dossier.Store.Internal;

internal sealed class TimeExpressionTable : ILayerTable
{
    public Layer Layer => Layer.TimeExpressions;

    public IReadOnlyList<string> Tables { get; } = ["time_expressions"];

    public Task WriteAsync(DbTransaction transaction, long documentId, Document document, CancellationToken cancellationToken) =>
        Db.InsertRowsAsync(transaction, "time_expressions",
            ["document_id", "ordinal", "start", "end", "type", "value", "mod", "range_begin", "range_end",
             "anchor_kind", "anchor_start", "anchor_end", "anchor_value", "reason"],
            document.TimeExpressions,
            (t, i) =>
            [
                documentId, i, t.Span.Start, t.Span.End, t.Type.ToString().ToUpperInvariant(), t.Value,
                t.Mod == TimexMod.None ? null : t.Mod.ToString(), t.Begin, t.End,
                t.Anchor.Kind.ToString(), t.Anchor.Expression?.Start, t.Anchor.Expression?.End, t.Anchor.AnchorValue, t.Anchor.Reason,
            ],
            cancellationToken);

    public async Task<Document> ReadAsync(DbConnection connection, long documentId, Document document, CancellationToken cancellationToken)
    {
        var rows = await Db.QueryAsync(connection,
            """
            SELECT start, "end", type, value, mod, range_begin, range_end, anchor_kind, anchor_start, anchor_end, anchor_value, reason
            FROM time_expressions WHERE document_id = @id ORDER BY ordinal
            """,
            r =>
            {
                string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
                TextSpan? anchorSpan = r.IsDBNull(8) ? null : new TextSpan(r.GetInt32(8), r.GetInt32(9));
                return new TimeExpression(new TextSpan(r.GetInt32(0), r.GetInt32(1)), Enum.Parse<TimexType>(r.GetString(2), ignoreCase: true), r.GetString(3))
                {
                    Mod = Text(4) is { } mod ? Enum.Parse<TimexMod>(mod) : TimexMod.None,
                    Begin = Text(5),
                    End = Text(6),
                    Anchor = new TimexAnchor(Enum.Parse<TimexAnchorKind>(r.GetString(7)), anchorSpan, Text(10), r.GetString(11)),
                };
            },
            cancellationToken, ("@id", documentId));
        return document with { TimeExpressions = [.. rows] };
    }
}
