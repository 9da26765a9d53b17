using System.Text.Json;

namespace Dossier.Quotes;

/// <summary>
/// Writes predictions as JSON lines, one attribution a line:
/// <c>{"doc": NAME, "content": [s,e] or [[s,e],...], "source": [s,e] or null, "cue": [s,e] or null, "kind": "direct|indirect|mixed"}</c>,
/// with half-open UTF-16 offsets into the text as stored.
/// </summary>
public static class AttributionPredictionWriter
{
    public static async Task WriteAsync(Stream stream, IEnumerable<(string Document, Attribution Attribution)> predictions, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(stream);
        foreach (var (document, attribution) in predictions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Reset();
            writer.WriteStartObject();
            writer.WriteString("doc", document);
            writer.WritePropertyName("content");
            if (attribution.Content.Length == 1)
            {
                WriteSpan(writer, attribution.Content[0]);
            }
            else
            {
                writer.WriteStartArray();
                foreach (var span in attribution.Content)
                {
                    WriteSpan(writer, span);
                }
                writer.WriteEndArray();
            }
            WriteOptional(writer, "source", attribution.Source);
            WriteOptional(writer, "cue", attribution.Cue);
            writer.WriteString("kind", KindName(attribution.Kind ?? QuoteKind.Indirect));
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            stream.WriteByte((byte)'\n');
        }
    }

    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Mixed => "mixed",
        _ => "indirect",
    };

    private static void WriteOptional(Utf8JsonWriter writer, string name, TextSpan? span)
    {
        writer.WritePropertyName(name);
        if (span is { } value)
        {
            WriteSpan(writer, value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }
}
