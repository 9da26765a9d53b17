using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Dossier.Cli.Output;
using Dossier.Time;
using Spectre.Console;

namespace Dossier.Benchmarks;

/// <summary>
/// Writing one annotated BBC article (the one of median length, every layer) as `annotate --format json`
/// prints it, to a UTF-8 text writer over a null stream; every method writes the same bytes. The
/// baseline is how the CLI wrote it first: anonymous objects through the reflection-based
/// JsonSerializer, to a string. The CLI now writes with Utf8JsonWriter (Dossier.Cli's DocumentJson);
/// typed records through a source-generated context were the other way, measured here too.
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
        var median = BenchCorpus.Bbc.OrderBy(BenchCorpus.CountWords).ElementAt(BenchCorpus.Bbc.Count / 2);
        _document = Engine.DossierPipeline.Create().Annotate(new Document(median, new DocumentSource("bbc"), new DateOnly(2005, 1, 1)));
        Console.WriteLine($"// {BenchCorpus.CountWords(median)} words, {_document.Tokens.Length} tokens, {_document.Quotes.Length} quotes");
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_output) });
        _json = new JsonOutput(new Cli.CliContext(console, TextReader.Null, _ => null));
        var expected = JsonSerializer.Serialize(ReflectionDocument.Of(_document), ReflectionOptions) + "\n";
        if (JsonSerializer.Serialize(DocumentRecord.Of(_document), _records.DocumentRecord) + "\n" != expected)
        {
            throw new InvalidOperationException("The source-generated records write other JSON than the baseline.");
        }
    }

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

    /// <summary>The first CLI's document JSON, kept here as the baseline.</summary>
    private static class ReflectionDocument
    {
        public static object Of(Document document, long? id = null) => new
        {
            id,
            date = document.Published,
            source = new
            {
                location = document.Source.Location,
                title = document.Source.Title,
                outlet = document.Source.Outlet,
                url = document.Source.Url,
            },
            content_hash = document.ContentHash,
            words = document.WordCount,
            text = document.Text,
            paragraphs = document.Paragraphs.Select(p => Span(document, p.Span)),
            sentences = document.Sentences.Select(s => new { s.Span.Start, s.Span.End, s.Paragraph, text = document[s.Span] }),
            tokens = document.Tokens.Select(t => new { t.Span.Start, t.Span.End, text = document[t.Span], t.Kind }),
            time_expressions = document.TimeExpressions.Select(t => new
            {
                t.Span.Start,
                t.Span.End,
                text = document[t.Span],
                type = TimexValues.Name(t.Type),
                value = t.Value,
                mod = TimexValues.Name(t.Mod),
                begin = t.Begin,
                end_value = t.End,
                anchor = new
                {
                    kind = t.Anchor.Kind.ToString(),
                    start = t.Anchor.Expression?.Start,
                    end = t.Anchor.Expression?.End,
                    value = t.Anchor.AnchorValue,
                    reason = t.Anchor.Reason,
                },
            }),
            mentions = document.Mentions.Select(m => new
            {
                m.Span.Start,
                m.Span.End,
                type = m.Type.ToString().ToLowerInvariant(),
                confidence = Math.Round(m.Confidence, 3),
                text = document[m.Span],
            }),
            quotes = document.Quotes.Select(q => new
            {
                doc = id,
                speaker = q.Speaker is { } index ? document.Actors[index].Name : null,
                speaker_kind = q.Speaker is { } k ? (ActorKind?)document.Actors[k].Kind : null,
                speaker_index = q.Speaker,
                kind = q.Kind,
                content = q.Content.Select(span => Span(document, span)),
                cue = q.Cue is { } cue ? Span(document, cue) : null,
                source = q.Source is { } source ? Span(document, source) : null,
            }),
            actors = document.Actors.Select(a => new
            {
                name = a.Name,
                kind = a.Kind,
                roles = a.Roles.Select(r => new { title = r.Title, affiliation = r.Affiliation, tense = r.Tense }),
                mentions = a.Mentions.Select(span => Span(document, span)),
            }),
        };

        private static object Span(Document document, TextSpan span) => new { span.Start, span.End, text = document[span] };
    }
}
