using System.Text.Json;
using Dossier.Time;

namespace Dossier.Json;

/// <summary>The time-expression layer for JSON output: offsets, covered text, TIMEX3 attributes and the anchor.</summary>
public static class TimexJson
{
    public static void Write(Utf8JsonWriter writer, Document document, TimeExpression timex)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start"u8, timex.Span.Start);
        writer.WriteNumber("end"u8, timex.Span.End);
        writer.WriteString("text"u8, document.Text.AsSpan(timex.Span.Start, timex.Span.Length));
        writer.WriteString("type"u8, TimexValues.Name(timex.Type));
        writer.WriteString("value"u8, timex.Value);
        writer.WriteString("mod"u8, TimexValues.Name(timex.Mod));
        writer.WriteString("begin"u8, timex.Begin);
        writer.WriteString("end_value"u8, timex.End);
        writer.WriteStartObject("anchor"u8);
        // PascalCase, as first written: ArticleDate, EarlierExpression.
        writer.WriteString("kind"u8, timex.Anchor.Kind.ToString());
        JsonValues.WriteNumber(writer, "start"u8, timex.Anchor.Expression?.Start);
        JsonValues.WriteNumber(writer, "end"u8, timex.Anchor.Expression?.End);
        writer.WriteString("value"u8, timex.Anchor.AnchorValue);
        writer.WriteString("reason"u8, timex.Anchor.Reason);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
