using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Dossier.Cli.Output;

/// <summary>
/// Writes JSON values to the command's output one at a time, reusing one buffer, so a long
/// <c>annotate</c> run holds one document's JSON at a time.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    private readonly CliContext _context;
    private readonly ArrayBufferWriter<byte> _bytes = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;
    private char[] _chars = [];

    public JsonOutput(CliContext context)
    {
        _context = context;
        _writer = new Utf8JsonWriter(_bytes, Json.Options);
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
