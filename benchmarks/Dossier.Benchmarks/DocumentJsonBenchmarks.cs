using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Dossier.Cli.Output;
using Dossier.Json;
using Spectre.Console;

namespace Dossier.Benchmarks;

/// <summary>
/// Writing one annotated BBC article (the one of median length, every layer) as `annotate --format json`
/// prints it, to a UTF-8 text writer over a null stream; every method writes the same bytes. The
/// baseline is how the CLI wrote it first: anonymous objects through the reflection-based
/// JsonSerializer, to a string. The CLI now writes with Utf8JsonWriter (Dossier.Json's DocumentJson);
/// typed records through a source-generated context were the other way, measured here too.
/// ApiDocumentJsonBenchmarks measures the same for the web API's answer.
/// </summary>
[MemoryDiagnoser]
public class DocumentJsonBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private readonly TextWriter _output = new StreamWriter(Stream.Null, new UTF8Encoding(false));
    private readonly DocumentRecordContext _records = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
    private Document _document = null!;
    private JsonOutput _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        var median = BenchCorpus.Median;
        _document = Engine.DossierPipeline.Create().Annotate(new Document(median, new DocumentSource("bbc"), new DateOnly(2005, 1, 1)));
        Console.WriteLine($"// {BenchCorpus.CountWords(median)} words, {_document.Tokens.Length} tokens, {_document.Quotes.Length} quotes, {_document.Events.Length} events");
        _json = new JsonOutput(Context(_output));
        var expected = JsonSerializer.Serialize(ReflectionDocument.Of(_document), ReflectionOptions) + "\n";
        if (JsonSerializer.Serialize(DocumentRecord.Of(_document), _records.DocumentRecord) + "\n" != expected)
        {
            throw new InvalidOperationException("The source-generated records write other JSON than the baseline.");
        }
        var written = new StringWriter();
        using (var json = new JsonOutput(Context(written)))
        {
            json.Write(writer => DocumentJson.Write(writer, _document), "\n");
        }
        if (written.ToString() != expected)
        {
            throw new InvalidOperationException("Dossier.Json writes other JSON than the baseline.");
        }
    }

    private static Cli.CliContext Context(TextWriter output) =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }), TextReader.Null, _ => null);

    [GlobalCleanup]
    public void Cleanup() => _json.Dispose();

    [Benchmark(Baseline = true)]
    public void AnonymousObjectsByReflection() =>
        _output.Write(JsonSerializer.Serialize(ReflectionDocument.Of(_document), ReflectionOptions) + "\n");

    [Benchmark]
    public void Utf8JsonWriter() => _json.Write(writer => DocumentJson.Write(writer, _document), "\n");

    [Benchmark]
    public void SourceGeneratedRecords() =>
        _output.Write(JsonSerializer.Serialize(DocumentRecord.Of(_document), _records.DocumentRecord) + "\n");
}
