using System.Text.Json;
using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;

namespace Dossier.Cli.Output;

/// <summary>The object of <c>brief --json</c>: documents, dated mentions, people, organizations, places, quotes, the timeline and what each article adds.</summary>
internal static class BriefJson
{
    /// <param name="additions">What each article adds to its story, written as <c>additions</c>; left out when null.</param>
    public static void Write(Utf8JsonWriter writer, LinkedArticles articles, IReadOnlyList<ArticleAddition>? additions = null)
    {
        var documents = articles.Documents;
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

        EntityJson.WriteSections(writer, BriefEntities.All(articles));

        writer.WriteStartArray("quotes"u8);
        foreach (var (id, document, quote, speaker) in SpeakerQuotes.Of(articles).All)
        {
            QuoteJson.Write(writer, document, quote, id, speaker);
        }
        writer.WriteEndArray();

        writer.WriteStartArray("timeline"u8);
        foreach (var entry in StoryTimeline.Of(articles))
        {
            EventJson.Write(writer, entry);
        }
        writer.WriteEndArray();
        if (additions is not null)
        {
            writer.WriteStartArray("additions"u8);
            foreach (var addition in additions)
            {
                StoryJson.Write(writer, addition);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
