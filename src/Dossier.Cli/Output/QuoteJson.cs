using System.Text.Json;

namespace Dossier.Cli.Output;

/// <summary>Quotes and actors as JSON: spans are <c>{start, end, text}</c> with half-open UTF-16 offsets into the document text.</summary>
internal static class QuoteJson
{
    /// <param name="id">The stored document's id, written as <c>doc</c>; null for a document not stored.</param>
    public static void Write(Utf8JsonWriter writer, Document document, Quote quote, long? id = null)
    {
        var speaker = quote.Speaker is { } index ? document.Actors[index] : null;
        writer.WriteStartObject();
        Json.WriteNumber(writer, "doc"u8, id);
        writer.WriteString("speaker"u8, speaker?.Name);
        writer.WriteString("speaker_kind"u8, speaker is null ? null : Json.Name(speaker.Kind));
        Json.WriteNumber(writer, "speaker_index"u8, quote.Speaker);
        writer.WriteString("kind"u8, Json.Name(quote.Kind));
        Json.WriteSpans(writer, "content"u8, document, quote.Content.AsSpan());
        Json.WriteSpan(writer, "cue"u8, document, quote.Cue);
        Json.WriteSpan(writer, "source"u8, document, quote.Source);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, Document document, Actor actor)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, actor.Name);
        writer.WriteString("kind"u8, Json.Name(actor.Kind));
        WriteRoles(writer, actor.Roles);
        Json.WriteSpans(writer, "mentions"u8, document, actor.Mentions.AsSpan());
        writer.WriteEndObject();
    }

    /// <summary><c>"roles": [{"title", "affiliation", "tense"}]</c></summary>
    public static void WriteRoles(Utf8JsonWriter writer, IEnumerable<ActorRole> roles)
    {
        writer.WriteStartArray("roles"u8);
        foreach (var role in roles)
        {
            writer.WriteStartObject();
            writer.WriteString("title"u8, role.Title);
            writer.WriteString("affiliation"u8, role.Affiliation);
            writer.WriteString("tense"u8, Json.Name(role.Tense));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
