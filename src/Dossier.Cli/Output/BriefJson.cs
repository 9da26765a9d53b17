using System.Text.Json;
using Dossier.Engine;
using Dossier.Entities;
using Dossier.Store;

namespace Dossier.Cli.Output;

/// <summary>The object of <c>brief --json</c>: documents, dated mentions, people, organizations, places and quotes.</summary>
internal static class BriefJson
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<StoredDocument> documents)
    {
        var entities = BriefEntities.All(documents).ToDictionary(section => section.Type, section => section.Entries);
        writer.WriteStartObject();

        writer.WriteStartArray("documents"u8);
        foreach (var stored in documents)
        {
            var document = stored.Document;
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, stored.Id);
            Json.WriteDate(writer, "date"u8, document.Published);
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
            writer.WriteStartObject();
            writer.WriteNumber("document_id"u8, mention.DocumentId);
            writer.WriteString("value"u8, mention.Value);
            writer.WriteString("type"u8, mention.Type.ToString().ToUpperInvariant());
            writer.WriteNumber("start"u8, mention.Timex.Span.Start);
            writer.WriteNumber("end"u8, mention.Timex.Span.End);
            writer.WriteString("text"u8, mention.Text);
            writer.WriteString("sentence"u8, mention.Context);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        WriteEntities(writer, "people"u8, entities[EntityType.Person]);
        WriteEntities(writer, "organizations"u8, entities[EntityType.Organization]);
        WriteEntities(writer, "places"u8, entities[EntityType.Location]);

        writer.WriteStartArray("quotes"u8);
        foreach (var stored in documents)
        {
            foreach (var quote in stored.Document.Quotes)
            {
                QuoteJson.Write(writer, stored.Document, quote, stored.Id);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<LinkedEntity> entities)
    {
        writer.WriteStartArray(name);
        foreach (var entity in entities)
        {
            EntityJson.Write(writer, entity);
        }
        writer.WriteEndArray();
    }
}
