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

        JsonValues.WriteArray(writer, "dated_mentions"u8, DatedMentions.Of(documents), (w, mention) => DatedMentionJson.Write(w, mention));
        EntityJson.WriteSections(writer, BriefEntities.All(articles));
        JsonValues.WriteArray(writer, "quotes"u8, SpeakerQuotes.Of(articles).All, (w, q) => QuoteJson.Write(w, q.Document, q.Quote, q.DocumentId, q.Speaker));
        JsonValues.WriteArray(writer, "timeline"u8, StoryTimeline.Of(articles), EventJson.Write);
        if (additions is not null)
        {
            JsonValues.WriteArray(writer, "additions"u8, additions, StoryJson.Write);
        }
        writer.WriteEndObject();
    }
}
