using System.Text.Json;
using Dossier.Store;

namespace Dossier.Json;

/// <summary>A document and every layer it carries, each annotation with its offsets and covered text.</summary>
public static class DocumentJson
{
    /// <summary>
    /// The object of <c>annotate --format json</c>; of <c>show --json</c> with the document's id; and of
    /// <c>/api/documents/{id}</c> with the names its quotes are listed under.
    /// </summary>
    /// <param name="speakerNames">One name per quote, in the document's order, written as each quote's
    /// <c>speaker_name</c> (see <see cref="QuoteJson.Write(Utf8JsonWriter, Document, Quote, long?, string?)"/>).</param>
    public static void Write(Utf8JsonWriter writer, Document document, long? id = null, IReadOnlyList<string>? speakerNames = null)
    {
        var text = document.Text.AsSpan();
        writer.WriteStartObject();
        JsonValues.WriteNumber(writer, "id"u8, id);
        JsonValues.WriteDate(writer, "date"u8, document.Published);
        writer.WriteStartObject("source"u8);
        writer.WriteString("location"u8, document.Source.Location);
        writer.WriteString("title"u8, document.Source.Title);
        writer.WriteString("outlet"u8, document.Source.Outlet);
        writer.WriteString("url"u8, document.Source.Url);
        writer.WriteEndObject();
        writer.WriteString("content_hash"u8, document.ContentHash);
        writer.WriteNumber("words"u8, document.WordCount);
        writer.WriteString("text"u8, document.Text);

        writer.WriteStartArray("paragraphs"u8);
        foreach (var paragraph in document.Paragraphs)
        {
            JsonValues.WriteSpan(writer, document, paragraph.Span);
        }
        writer.WriteEndArray();

        writer.WriteStartArray("sentences"u8);
        foreach (var sentence in document.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start"u8, sentence.Span.Start);
            writer.WriteNumber("end"u8, sentence.Span.End);
            writer.WriteNumber("paragraph"u8, sentence.Paragraph);
            writer.WriteString("text"u8, text[sentence.Span.Start..sentence.Span.End]);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("tokens"u8);
        foreach (var token in document.Tokens)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start"u8, token.Span.Start);
            writer.WriteNumber("end"u8, token.Span.End);
            writer.WriteString("text"u8, text[token.Span.Start..token.Span.End]);
            writer.WriteString("kind"u8, JsonNames.Name(token.Kind));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("time_expressions"u8);
        foreach (var timex in document.TimeExpressions)
        {
            TimexJson.Write(writer, document, timex);
        }
        writer.WriteEndArray();

        writer.WriteStartArray("mentions"u8);
        foreach (var mention in document.Mentions)
        {
            EntityJson.Write(writer, document, mention);
        }
        writer.WriteEndArray();

        writer.WriteStartArray("quotes"u8);
        for (var q = 0; q < document.Quotes.Length; q++)
        {
            QuoteJson.Write(writer, document, document.Quotes[q], id, speakerNames?[q]);
        }
        writer.WriteEndArray();

        writer.WriteStartArray("actors"u8);
        foreach (var actor in document.Actors)
        {
            QuoteJson.Write(writer, document, actor);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One entry of <c>documents --json</c> and <c>/api/documents</c>.</summary>
    public static void Write(Utf8JsonWriter writer, DocumentSummary summary)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id"u8, summary.Id);
        JsonValues.WriteDate(writer, "date"u8, summary.Published);
        writer.WriteString("title"u8, summary.Title);
        writer.WriteNumber("words"u8, summary.Words);
        writer.WriteNumber("sentences"u8, summary.Sentences);
        writer.WriteString("location"u8, summary.Location);
        writer.WriteString("content_hash"u8, summary.ContentHash);
        writer.WriteString("ingested_at"u8, summary.IngestedAt);
        writer.WriteEndObject();
    }
}
