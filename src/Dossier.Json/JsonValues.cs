using System.Globalization;
using System.Text.Json;

namespace Dossier.Json;

/// <summary>
/// The values every JSON output of Dossier is made of, written with <see cref="Utf8JsonWriter"/>:
/// absent values as <c>null</c>, dates as YYYY-MM-DD, spans as <c>{start, end, text}</c> whose text
/// goes out without a string of its own. How strings are escaped and whether the JSON is indented is
/// the caller's, in the writer's options.
/// </summary>
public static class JsonValues
{
    /// <summary><c>{"start", "end", "text"}</c>: a half-open span of UTF-16 offsets and the text it covers.</summary>
    public static void WriteSpan(Utf8JsonWriter writer, Document document, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start"u8, span.Start);
        writer.WriteNumber("end"u8, span.End);
        writer.WriteString("text"u8, document.Text.AsSpan(span.Start, span.Length));
        writer.WriteEndObject();
    }

    /// <summary>A span, or <c>null</c>.</summary>
    public static void WriteSpan(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Document document, TextSpan? span)
    {
        writer.WritePropertyName(name);
        if (span is { } value)
        {
            WriteSpan(writer, document, value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public static void WriteSpans(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Document document, ReadOnlySpan<TextSpan> spans)
    {
        writer.WriteStartArray(name);
        foreach (var span in spans)
        {
            WriteSpan(writer, document, span);
        }
        writer.WriteEndArray();
    }

    public static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A date as <c>YYYY-MM-DD</c>, or <c>null</c> for an undated article.</summary>
    public static void WriteDate(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateOnly? date)
    {
        if (date is { } value)
        {
            Span<byte> text = stackalloc byte[10];
            value.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.WriteString(name, text[..written]);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>An array of the items, each written by <paramref name="write"/>.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item);
        }
        writer.WriteEndArray();
    }

    /// <summary>An array of the items under <paramref name="name"/>, each written by <paramref name="write"/>.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WritePropertyName(name);
        WriteArray(writer, items, write);
    }

    public static void WriteNumbers(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<long> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteNumberValue(value);
        }
        writer.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }
}
