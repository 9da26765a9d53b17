using BenchmarkDotNet.Attributes;
using Dossier.Entities;
using Dossier.Events;
using Dossier.Nlp;
using Dossier.Quotes;
using Dossier.Time;

namespace Dossier.Benchmarks;

/// <summary>
/// EventExtractor alone over the whole BBC corpus, one core, one article at a time. Every earlier
/// stage (tokens, sentences, entities, time expressions, quotes and actors) runs once in setup, so
/// the figure is the event stage's own cost: trigger scoring, classes, anchors and participants.
/// </summary>
[MemoryDiagnoser]
public class EventExtractorBenchmarks
{
    private readonly EventExtractor _extractor = new();
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = Pipeline.Create([.. NlpPipeline.BaseStages(), new EntityRecognizer(NerModel.LoadDefault()), new TemporalTagger(), new QuoteExtractor()]);
        _documents = BenchCorpus.Bbc.Select(text => pipeline.Annotate(new Document(text, new DocumentSource("bbc"), new DateOnly(2005, 3, 1)))).ToArray();
    }

    [Benchmark]
    [WholeCorpus]
    public int ExtractEvents()
    {
        var events = 0;
        foreach (var document in _documents)
        {
            events += _extractor.Annotate(document).Events.Length;
        }
        return events;
    }
}
