using BenchmarkDotNet.Attributes;
using Dossier.Entities;
using Dossier.Nlp;

namespace Dossier.Benchmarks;

/// <summary>
/// The entity recognizer alone over the whole BBC corpus, tokenized and split beforehand, one
/// core, one article at a time; and loading the shipped model. The setup prints the corpus's
/// token count, so tokens per second = tokens / mean time.
/// </summary>
[MemoryDiagnoser]
public class EntityRecognizerBenchmarks
{
    private EntityRecognizer _recognizer = null!;
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _recognizer = new EntityRecognizer(NerModel.LoadDefault());
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        _documents = BenchCorpus.Bbc
            .Select(text => splitter.Annotate(tokenizer.Annotate(new Document(text, new DocumentSource("bbc"), null))))
            .ToArray();
        Console.WriteLine($"// BBC corpus: {_documents.Sum(d => d.Tokens.Length)} tokens, {BenchCorpus.WordCount} words");
    }

    [Benchmark]
    [WholeCorpus]
    public int Recognize()
    {
        var mentions = 0;
        foreach (var document in _documents)
        {
            mentions += _recognizer.Annotate(document).Mentions.Length;
        }
        return mentions;
    }

    [Benchmark]
    public int LoadModel() => NerModel.LoadDefault().FeatureCount;
}
