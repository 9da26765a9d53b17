using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Json;

namespace Dossier.Cli.Output;

/// <summary>
/// Writes JSON values to the command's output one at a time, reusing one buffer, so a long
/// <c>annotate</c> run holds one document's JSON at a time. Every <c>--json</c> output goes through
/// here, in one style: two-space indents, and readable quotes and accents. The values are written by
/// Dossier.Json's writers, field by field; the outputs are a contract that scripts rely on (pinned
/// by JsonGoldenTests).
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Output goes to terminals and files, never into HTML, so quotes and accents stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly CliContext _context;
    private readonly ArrayBufferWriter<byte> _bytes = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;
    private char[] _chars = [];

    public JsonOutput(CliContext context)
    {
        _context = context;
        _writer = new Utf8JsonWriter(_bytes, Options);
    }

    /// <summary>Writes the items as one JSON array, each by <paramref name="writeItem"/>, then a newline.</summary>
    public static void PrintArray<T>(CliContext context, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem) =>
        Print(context, writer => JsonValues.WriteArray(writer, items, writeItem));

    /// <summary>Writes one JSON value to the command's output, then a newline.</summary>
    public static void Print(CliContext context, Action<Utf8JsonWriter> write)
    {
        using var output = new JsonOutput(context);
        output.Write(write, "\n");
    }

    /// <summary>Writes one JSON value (at the top level of indentation), then <paramref name="after"/>.</summary>
    public void Write(Action<Utf8JsonWriter> write, string after = "")
    {
        write(_writer);
        _writer.Flush();
        var bytes = _bytes.WrittenSpan;
        if (_chars.Length < bytes.Length)
        {
            // UTF-8 never takes fewer bytes than UTF-16 code units, so this many chars always suffice.
            _chars = new char[Math.Max(bytes.Length, 2 * _chars.Length)];
        }
        var count = Encoding.UTF8.GetChars(bytes, _chars);
        _context.WriteRaw(_chars.AsSpan(0, count));
        _context.WriteRaw(after);
        _bytes.ResetWrittenCount();
        _writer.Reset();
    }

    public void Dispose() => _writer.Dispose();
}
