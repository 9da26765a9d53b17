using BenchmarkDotNet.Attributes;
using Dossier.Nlp;
using Dossier.Time;

namespace Dossier.Benchmarks;

/// <summary>
/// The temporal tagger alone over the whole BBC corpus, one core, one article at a time. Tokens
/// and sentences are made once in setup, so the figure is the tagger's own cost. Every article
/// gets a publication date so relative expressions are resolved, as in the product.
/// </summary>
[MemoryDiagnoser]
public class TemporalTaggerBenchmarks
{
    private readonly TemporalTagger _tagger = new();
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        _documents = BenchCorpus.Bbc
            .Select(text => splitter.Annotate(tokenizer.Annotate(new Document(text, new DocumentSource("bbc"), new DateOnly(2005, 3, 15)))))
            .ToArray();
    }

    [Benchmark]
    [WholeCorpus]
    public int Tag()
    {
        var timexes = 0;
        foreach (var document in _documents)
        {
            timexes += _tagger.Annotate(document).TimeExpressions.Length;
        }
        return timexes;
    }
}
