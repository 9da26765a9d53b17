using System.Text.Json;
using Dossier.Engine;

namespace Dossier.Json;

/// <summary>Quotes and actors as JSON: spans are <c>{start, end, text}</c> with half-open UTF-16 offsets into the document text.</summary>
public static class QuoteJson
{
    /// <param name="id">The stored document's id, written as <c>doc</c>; null for a document not stored.</param>
    /// <param name="speakerName">
    /// When given, also write it as <c>speaker_name</c>, the name the quote is listed under (<see cref="CitedQuote.Speaker"/>
    /// across articles, <see cref="SpeakerQuotes.InArticle"/> within one), and <c>speaker_roles</c>, the speaker's
    /// titles in this article. Only <c>annotate</c> and <c>show</c> leave them out.
    /// </param>
    public static void Write(Utf8JsonWriter writer, Document document, Quote quote, long? id = null, string? speakerName = null)
    {
        var speaker = quote.Speaker is { } index ? document.Actors[index] : null;
        writer.WriteStartObject();
        JsonValues.WriteNumber(writer, "doc"u8, id);
        writer.WriteString("speaker"u8, speaker?.Name);
        writer.WriteString("speaker_kind"u8, speaker is null ? null : JsonNames.Name(speaker.Kind));
        JsonValues.WriteNumber(writer, "speaker_index"u8, quote.Speaker);
        if (speakerName is not null)
        {
            writer.WriteString("speaker_name"u8, speakerName);
            WriteRoles(writer, "speaker_roles"u8, speaker?.Roles ?? []);
        }
        writer.WriteString("kind"u8, JsonNames.Name(quote.Kind));
        JsonValues.WriteSpans(writer, "content"u8, document, quote.Content.AsSpan());
        JsonValues.WriteSpan(writer, "cue"u8, document, quote.Cue);
        JsonValues.WriteSpan(writer, "source"u8, document, quote.Source);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, Document document, Actor actor)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, actor.Name);
        writer.WriteString("kind"u8, JsonNames.Name(actor.Kind));
        WriteRoles(writer, "roles"u8, actor.Roles);
        JsonValues.WriteSpans(writer, "mentions"u8, document, actor.Mentions.AsSpan());
        writer.WriteEndObject();
    }

    /// <summary><c>"roles": [{"title", "affiliation", "tense"}]</c>, under <paramref name="name"/>.</summary>
    public static void WriteRoles(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<ActorRole> roles)
    {
        writer.WriteStartArray(name);
        foreach (var role in roles)
        {
            writer.WriteStartObject();
            writer.WriteString("title"u8, role.Title);
            writer.WriteString("affiliation"u8, role.Affiliation);
            writer.WriteString("tense"u8, JsonNames.Name(role.Tense));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
