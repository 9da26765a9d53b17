using Dossier.Entities;
using Dossier.Events;
using Dossier.Nlp;
using Dossier.Quotes;
using Dossier.Time;

namespace Dossier.Engine;

/// <summary>The product's one pipeline, in stage order. Build it once per process and share it.</summary>
public static class DossierPipeline
{
    /// <summary>
    /// The types of <see cref="Create()"/>'s stages, in order, so that <see cref="Version"/> is known
    /// without loading a model; a test holds it to <c>Create().Version</c>.
    /// </summary>
    private static readonly Type[] StageTypes =
        [typeof(Tokenizer), typeof(SentenceSplitter), typeof(EntityRecognizer), typeof(TemporalTagger), typeof(QuoteExtractor), typeof(EventExtractor)];

    /// <summary>The <see cref="Pipeline.Version"/> of <see cref="Create()"/>, found without building it: for readers that only compare stored versions.</summary>
    public static string Version { get; } = Pipeline.VersionOf(StageTypes);

    public static Pipeline Create() => Create(new QuoteExtractor());

    /// <summary>The pipeline with another quote model in its extractor: for tuning or scoring a freshly trained one.</summary>
    public static Pipeline Create(QuoteModel quotes) => Create(new QuoteExtractor(quotes));

    /// <summary>Every stage before the quote extractor: to annotate once and try several quote models on the result.</summary>
    public static Pipeline CreateWithoutQuotes() => Pipeline.Create(StagesBeforeQuotes());

    private static Pipeline Create(QuoteExtractor quotes) => Pipeline.Create([.. StagesBeforeQuotes(), quotes, new EventExtractor()]);

    private static IPipelineStage[] StagesBeforeQuotes() =>
    [
        .. NlpPipeline.BaseStages(),
        new EntityRecognizer(NerModel.LoadDefault()),
        new TemporalTagger(),
    ];
}
