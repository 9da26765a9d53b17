using System.Text.Json;
using Dossier.Engine;
using Dossier.Time;

namespace Dossier.Json;

/// <summary>One entry of the brief's <c>dated_mentions</c> and of <c>/api/timeline</c>: a dated time expression in its sentence.</summary>
public static class DatedMentionJson
{
    /// <param name="sentenceSpan">
    /// Also write <c>sentence_start</c> and <c>sentence_end</c>, the span of <c>sentence</c>: the API's
    /// timeline has them, the CLI's brief does not.
    /// </param>
    public static void Write(Utf8JsonWriter writer, DatedMention mention, bool sentenceSpan = false)
    {
        writer.WriteStartObject();
        writer.WriteNumber("document_id"u8, mention.DocumentId);
        writer.WriteString("value"u8, mention.Value);
        writer.WriteString("when"u8, TimexWords.Describe(mention.Value));
        writer.WriteString("type"u8, TimexValues.Name(mention.Type));
        writer.WriteNumber("start"u8, mention.Timex.Span.Start);
        writer.WriteNumber("end"u8, mention.Timex.Span.End);
        writer.WriteString("text"u8, mention.Text);
        writer.WriteString("sentence"u8, mention.Context);
        if (sentenceSpan)
        {
            writer.WriteNumber("sentence_start"u8, mention.Sentence.Start);
            writer.WriteNumber("sentence_end"u8, mention.Sentence.End);
        }
        writer.WriteEndObject();
    }
}
