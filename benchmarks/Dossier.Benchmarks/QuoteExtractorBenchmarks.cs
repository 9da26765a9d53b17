using BenchmarkDotNet.Attributes;
using Dossier.Nlp;
using Dossier.Quotes;

namespace Dossier.Benchmarks;

/// <summary>
/// QuoteExtractor alone over the whole BBC corpus, one core, one article at a time. The articles are
/// tokenized and split once in setup, so the figure is the quote stage's own cost.
/// </summary>
[MemoryDiagnoser]
public class QuoteExtractorBenchmarks
{
    private readonly QuoteExtractor _extractor = new();
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = Pipeline.Create(NlpPipeline.BaseStages());
        _documents = BenchCorpus.Bbc.Select(text => pipeline.Annotate(new Document(text, new DocumentSource("bbc"), null))).ToArray();
    }

    [Benchmark]
    [WholeCorpus]
    public int ExtractQuotes()
    {
        var quotes = 0;
        foreach (var document in _documents)
        {
            quotes += _extractor.Annotate(document).Quotes.Length;
        }
        return quotes;
    }
}
