using Dossier.Time;

namespace Dossier.Cli.Output;

/// <summary>The time-expression layer for JSON output: offsets, covered text, TIMEX3 attributes and the anchor.</summary>
internal static class TimexJson
{
    public static IEnumerable<object> Of(Document document) => document.TimeExpressions.Select(t => new
    {
        t.Span.Start,
        t.Span.End,
        text = document[t.Span],
        type = TimexValues.Name(t.Type),
        value = t.Value,
        mod = TimexValues.Name(t.Mod),
        begin = t.Begin,
        end_value = t.End,
        anchor = new
        {
            kind = t.Anchor.Kind.ToString(),
            start = t.Anchor.Expression?.Start,
            end = t.Anchor.Expression?.End,
            value = t.Anchor.AnchorValue,
            reason = t.Anchor.Reason,
        },
    });
}
