using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Cli.Output;

/// <summary>
/// The one JSON style of every <c>--json</c> output: snake_case names, enums as lower-case strings,
/// dates as YYYY-MM-DD, two-space indents, absent values as <c>null</c>. The outputs are a contract
/// that scripts rely on (pinned by JsonGoldenTests), written field by field with <see cref="Utf8JsonWriter"/>:
/// no reflection, and the text of a span goes out without a string of its own.
/// </summary>
internal static class Json
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Output goes to terminals and files, never into HTML, so quotes and accents stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON value to the command's output, then a newline.</summary>
    public static void Print(CliContext context, Action<Utf8JsonWriter> write)
    {
        using var output = new JsonOutput(context);
        output.Write(write, "\n");
    }

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
            value.TryFormat(text, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteString(name, text[..written]);
        }
        else
        {
            writer.WriteNull(name);
        }
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

    public static string Name(TokenKind kind) => kind switch
    {
        TokenKind.Word => "word",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        _ => "symbol",
    };

    public static string Name(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => "mixed",
    };

    public static string Name(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        ActorKind.Government => "government",
        _ => "anonymous",
    };

    public static string Name(RoleTense tense) => tense switch
    {
        RoleTense.Current => "current",
        RoleTense.Former => "former",
        _ => "then",
    };
}
