using System.Text.Json;
using Dossier.Entities;

namespace Dossier.Cli.Output;

/// <summary>Entity mentions and catalog entries as JSON; types are written person, organization, location, misc.</summary>
internal static class EntityJson
{
    public static void Write(Utf8JsonWriter writer, Document document, EntityMention mention)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start"u8, mention.Span.Start);
        writer.WriteNumber("end"u8, mention.Span.End);
        writer.WriteString("type"u8, TypeName(mention.Type));
        writer.WriteNumber("confidence"u8, Math.Round(mention.Confidence, 3));
        writer.WriteString("text"u8, document.Text.AsSpan(mention.Span.Start, mention.Span.Length));
        writer.WriteEndObject();
    }

    /// <summary>One entry of <c>entities --json</c>.</summary>
    public static void Write(Utf8JsonWriter writer, CatalogEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, entry.Name);
        writer.WriteString("type"u8, TypeName(entry.Type));
        writer.WriteNumber("mentions"u8, entry.Mentions);
        Json.WriteNumbers(writer, "documents"u8, entry.Documents);
        writer.WriteEndObject();
    }

    /// <summary>One person, organisation or place of <c>brief --json</c>, linked across articles.</summary>
    public static void Write(Utf8JsonWriter writer, LinkedEntity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, entity.Name);
        writer.WriteString("type"u8, TypeName(entity.Type));
        Json.WriteStrings(writer, "variants"u8, entity.Variants);
        writer.WriteNumber("mentions"u8, entity.Mentions);
        Json.WriteNumbers(writer, "documents"u8, entity.Documents);
        writer.WriteEndObject();
    }

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Location => "location",
        _ => "misc",
    };
}
