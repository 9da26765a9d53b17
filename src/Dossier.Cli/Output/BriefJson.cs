using System.Text.Json;
using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;

namespace Dossier.Cli.Output;

/// <summary>The object of <c>brief --json</c>: documents, dated mentions, people, organizations, places, quotes and the timeline.</summary>
internal static class BriefJson
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<StoredDocument> documents)
    {
        writer.WriteStartObject();

        writer.WriteStartArray("documents"u8);
        foreach (var stored in documents)
        {
            var document = stored.Document;
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, stored.Id);
            JsonValues.WriteDate(writer, "date"u8, document.Published);
            writer.WriteString("title"u8, document.Source.Title);
            writer.WriteString("location"u8, document.Source.Location);
            writer.WriteNumber("words"u8, document.WordCount);
            writer.WriteNumber("sentences"u8, document.Sentences.Length);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("dated_mentions"u8);
        foreach (var mention in DatedMentions.Of(documents))
        {
            DatedMentionJson.Write(writer, mention);
        }
        writer.WriteEndArray();

        EntityJson.WriteSections(writer, BriefEntities.All(documents));

        writer.WriteStartArray("quotes"u8);
        foreach (var (id, document, quote, speaker) in SpeakerQuotes.Of(documents).All)
        {
            QuoteJson.Write(writer, document, quote, id, speaker);
        }
        writer.WriteEndArray();

        writer.WriteStartArray("timeline"u8);
        foreach (var entry in StoryTimeline.Of(documents))
        {
            EventJson.Write(writer, entry);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
