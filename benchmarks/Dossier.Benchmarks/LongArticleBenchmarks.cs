using BenchmarkDotNet.Attributes;
using Dossier.Entities;
using Dossier.Events;
using Dossier.Nlp;
using Dossier.Quotes;
using Dossier.Time;

namespace Dossier.Benchmarks;

/// <summary>
/// The quote and event stages on one long article: the first <see cref="Articles"/> BBC articles
/// joined as paragraphs (1,600 make about 3.4 million characters, three times the API's 1 MiB). Each stage's cost must grow with the article's length, not its square
/// (per-trigger or per-source scans over the whole article made a 1 MiB article cost minutes); compare
/// the 50- and 200-article rows: about four times the time is linear, sixteen would be quadratic.
/// </summary>
[MemoryDiagnoser]
public class LongArticleBenchmarks
{
    private readonly QuoteExtractor _quotes = new();
    private readonly EventExtractor _events = new();
    private Document _beforeQuotes = null!;
    private Document _beforeEvents = null!;

    [Params(50, 200, 1600)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = string.Join("\n\n", BenchCorpus.Bbc.Take(Articles));
        var pipeline = Pipeline.Create([.. NlpPipeline.BaseStages(), new EntityRecognizer(NerModel.LoadDefault()), new TemporalTagger()]);
        _beforeQuotes = pipeline.Annotate(new Document(text, new DocumentSource("bbc"), new DateOnly(2005, 3, 1)));
        _beforeEvents = _quotes.Annotate(_beforeQuotes);
    }

    [Benchmark]
    public int ExtractQuotes() => _quotes.Annotate(_beforeQuotes).Quotes.Length;

    [Benchmark]
    public int ExtractEvents() => _events.Annotate(_beforeEvents).Events.Length;
}
