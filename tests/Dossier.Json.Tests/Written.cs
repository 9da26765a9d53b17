using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Json.Tests;

/// <summary>What a writer writes, as text.</summary>
internal static class Written
{
    /// <summary>Compact, with quotes and accents as themselves, so expectations read as the text they cover.</summary>
    public static readonly JsonWriterOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string By(Action<Utf8JsonWriter> write) => By(Readable, write);

    public static string By(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var bytes = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(bytes, options))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }
}
