using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using Dossier.Json;
using Dossier.Web.Internal;

namespace Dossier.Benchmarks;

/// <summary>
/// Writing one annotated BBC article (the one of median length, every layer) as <c>GET /api/documents/{id}</c>
/// answers it: compact, HTML-safe escaping, quotes with their speaker's name and titles. Both methods write
/// the same bytes into one reused buffer, as the server writes into the response's pipe. The baseline is
/// how the API wrote it until Dossier.Json: anonymous objects through the reflection-based JsonSerializer
/// with ASP.NET's web defaults; the API now writes with Dossier.Json's Utf8JsonWriter code, as the CLI does.
/// </summary>
[MemoryDiagnoser]
public class ApiDocumentJsonBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private readonly ArrayBufferWriter<byte> _bytes = new(256 * 1024);
    private Utf8JsonWriter _writer = null!;
    private Document _document = null!;
    private List<string> _speakerNames = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = Engine.DossierPipeline.Create().Annotate(new Document(BenchCorpus.Median, new DocumentSource("bbc"), new DateOnly(2005, 1, 1)));
        _speakerNames = [.. Engine.SpeakerQuotes.Of(new Engine.LinkedArticles([new Store.StoredDocument(1, _document, DateTimeOffset.UnixEpoch)])).All.Select(q => q.Speaker)];
        _writer = new Utf8JsonWriter(_bytes, ApiJson.Options);
        AnonymousObjectsByReflection();
        var expected = _bytes.WrittenSpan.ToArray();
        Utf8JsonWriter();
        if (!_bytes.WrittenSpan.SequenceEqual(expected))
        {
            throw new InvalidOperationException("Dossier.Json writes other JSON than the reflection baseline.");
        }
        Console.WriteLine($"// {expected.Length} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true)]
    public void AnonymousObjectsByReflection()
    {
        Reset();
        JsonSerializer.Serialize(_writer, ReflectionDocument.Of(_document, 1, _speakerNames), ReflectionOptions);
        _writer.Flush();
    }

    [Benchmark]
    public void Utf8JsonWriter()
    {
        Reset();
        DocumentJson.Write(_writer, _document, 1, _speakerNames);
        _writer.Flush();
    }

    private void Reset()
    {
        _bytes.ResetWrittenCount();
        _writer.Reset();
    }
}
