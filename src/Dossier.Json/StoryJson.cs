using System.Text.Json;
using Dossier.Engine;

namespace Dossier.Json;

/// <summary>Stories and what each of their articles adds, as <c>stories --json</c>, <c>brief --json</c> and <c>/api/stories</c> write them.</summary>
public static class StoryJson
{
    /// <summary><c>{id, label, entities, terms, first_date, last_date, article_count, documents: [{id, date, title}], aliases}</c>; aliases are the ids of the stories merged into it.</summary>
    public static void Write(Utf8JsonWriter writer, Story story)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id"u8, story.Id);
        writer.WriteString("label"u8, story.Label);
        JsonValues.WriteStrings(writer, "entities"u8, story.Entities);
        JsonValues.WriteStrings(writer, "terms"u8, story.Terms);
        JsonValues.WriteDate(writer, "first_date"u8, story.First);
        JsonValues.WriteDate(writer, "last_date"u8, story.Last);
        writer.WriteNumber("article_count"u8, story.Documents.Count);
        writer.WriteStartArray("documents"u8);
        foreach (var stored in story.Documents)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, stored.Id);
            JsonValues.WriteDate(writer, "date"u8, stored.Document.Published);
            writer.WriteString("title"u8, Headline.Of(stored.Document));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("aliases"u8);
        foreach (var alias in story.Aliases)
        {
            writer.WriteNumberValue(alias);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>{document_id, story_id, position, entities: [{name, type}], quotes, dated_mentions, roles: [{person, title, affiliation, tense}]}</c>;
    /// quotes and dated mentions are shaped as in the brief's <c>quotes</c> and <c>dated_mentions</c>.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, ArticleAddition addition)
    {
        writer.WriteStartObject();
        writer.WriteNumber("document_id"u8, addition.DocumentId);
        writer.WriteNumber("story_id"u8, addition.StoryId);
        writer.WriteNumber("position"u8, addition.Position);
        writer.WriteStartArray("entities"u8);
        foreach (var entity in addition.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("name"u8, entity.Name);
            writer.WriteString("type"u8, JsonNames.Name(entity.Type));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("quotes"u8);
        foreach (var quote in addition.Quotes)
        {
            QuoteJson.Write(writer, quote.Document, quote.Quote, quote.DocumentId, quote.Speaker);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("dated_mentions"u8);
        foreach (var mention in addition.DatedMentions)
        {
            DatedMentionJson.Write(writer, mention);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("roles"u8);
        foreach (var (person, role) in addition.Roles)
        {
            writer.WriteStartObject();
            writer.WriteString("person"u8, person);
            writer.WriteString("title"u8, role.Title);
            writer.WriteString("affiliation"u8, role.Affiliation);
            writer.WriteString("tense"u8, JsonNames.Name(role.Tense));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
