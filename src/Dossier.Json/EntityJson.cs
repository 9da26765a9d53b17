using System.Text.Json;
using Dossier.Engine;
using Dossier.Entities;

namespace Dossier.Json;

/// <summary>Entity mentions, catalog entries and linked entities as JSON; types are written person, organization, location, misc.</summary>
public static class EntityJson
{
    public static void Write(Utf8JsonWriter writer, Document document, EntityMention mention)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start"u8, mention.Span.Start);
        writer.WriteNumber("end"u8, mention.Span.End);
        writer.WriteString("type"u8, JsonNames.Name(mention.Type));
        writer.WriteNumber("confidence"u8, Math.Round(mention.Confidence, 3));
        writer.WriteString("text"u8, document.Text.AsSpan(mention.Span.Start, mention.Span.Length));
        writer.WriteEndObject();
    }

    /// <summary>One entry of <c>entities --json</c>.</summary>
    public static void Write(Utf8JsonWriter writer, CatalogEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, entry.Name);
        writer.WriteString("type"u8, JsonNames.Name(entry.Type));
        writer.WriteNumber("mentions"u8, entry.Mentions);
        JsonValues.WriteNumbers(writer, "documents"u8, entry.Documents);
        writer.WriteEndObject();
    }

    /// <summary>One person, organisation or place of <c>brief --json</c> and <c>/api/entities</c>, linked across articles.</summary>
    public static void Write(Utf8JsonWriter writer, LinkedEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, entity.Name);
        writer.WriteString("type"u8, JsonNames.Name(entity.Type));
        JsonValues.WriteStrings(writer, "variants"u8, entity.Variants);
        writer.WriteNumber("mentions"u8, entity.Mentions);
        JsonValues.WriteNumbers(writer, "documents"u8, entity.Documents);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>"people"</c>, <c>"organizations"</c> and <c>"places"</c>, the brief's who's who, as properties
    /// of the object being written.
    /// </summary>
    public static void WriteSections(Utf8JsonWriter writer, IReadOnlyList<EntitySection> sections)
    {
        var entries = sections.ToDictionary(section => section.Type, section => section.Entries);
        JsonValues.WriteArray(writer, "people"u8, entries[EntityType.Person], Write);
        JsonValues.WriteArray(writer, "organizations"u8, entries[EntityType.Organization], Write);
        JsonValues.WriteArray(writer, "places"u8, entries[EntityType.Location], Write);
    }
}
