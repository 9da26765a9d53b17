using BenchmarkDotNet.Attributes;
using Dossier.Nlp;

namespace Dossier.Benchmarks;

/// <summary>Tokenizer and sentence splitter over the whole BBC corpus, one core, one article at a time.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup() =>
        _documents = BenchCorpus.Bbc.Select(text => new Document(text, new DocumentSource("bbc"), null)).ToArray();

    [Benchmark]
    [WholeCorpus]
    public int Tokenize()
    {
        var tokens = 0;
        foreach (var document in _documents)
        {
            tokens += Tokenizer.Tokenize(document.Text).Length;
        }
        return tokens;
    }

    [Benchmark(Baseline = true)]
    [WholeCorpus]
    public int TokenizeAndSplit()
    {
        var sentences = 0;
        foreach (var document in _documents)
        {
            sentences += _splitter.Annotate(_tokenizer.Annotate(document)).Sentences.Length;
        }
        return sentences;
    }
}
