using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Dossier.Engine;
using Dossier.Json;

namespace Dossier.Web.Internal;

/// <summary>
/// The API's JSON: the CLI's shapes and field names, written by Dossier.Json's writers, compact. Unlike
/// the CLI's, and unlike ASP.NET's relaxed default, the encoder escapes HTML: <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c> and quotes in article text are written as <c>\u003C</c>…, so no answer can close a
/// script or a tag wherever it ends up. Also the shapes only the API has.
/// </summary>
internal static class ApiJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The problem details ASP.NET writes itself escape as the answers do.</summary>
    public static void Configure(JsonSerializerOptions options) => options.Encoder = Options.Encoder;

    /// <summary><c>{people, organizations, places}</c>: the brief's who's who.</summary>
    public static void WriteEntities(Utf8JsonWriter writer, IReadOnlyList<EntitySection> sections)
    {
        writer.WriteStartObject();
        EntityJson.WriteSections(writer, sections);
        writer.WriteEndObject();
    }

    /// <summary><c>{id, location, date, duplicate}</c>: where a posted article is stored.</summary>
    public static void WriteStored(Utf8JsonWriter writer, IngestedDocument stored, bool duplicate)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id"u8, stored.Id);
        writer.WriteString("location"u8, stored.Location);
        JsonValues.WriteDate(writer, "date"u8, stored.Published);
        writer.WriteBoolean("duplicate"u8, duplicate);
        writer.WriteEndObject();
    }

    /// <summary><c>{query, total, hits}</c>; a hit is shaped like a dated mention: where the words are, and the sentence around them.</summary>
    public static void WriteSearch(Utf8JsonWriter writer, string query, SearchResult result, IReadOnlyDictionary<long, Document> documents)
    {
        writer.WriteStartObject();
        writer.WriteString("query"u8, query);
        writer.WriteNumber("total"u8, result.Total);
        writer.WriteStartArray("hits"u8);
        foreach (var hit in result.Hits)
        {
            var text = documents[hit.DocumentId].Text.AsSpan();
            writer.WriteStartObject();
            writer.WriteNumber("document_id"u8, hit.DocumentId);
            writer.WriteNumber("start"u8, hit.Span.Start);
            writer.WriteNumber("end"u8, hit.Span.End);
            writer.WriteString("text"u8, text[hit.Span.Start..hit.Span.End]);
            writer.WriteString("sentence"u8, text[hit.Sentence.Start..hit.Sentence.End]);
            writer.WriteNumber("sentence_start"u8, hit.Sentence.Start);
            writer.WriteNumber("sentence_end"u8, hit.Sentence.End);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
