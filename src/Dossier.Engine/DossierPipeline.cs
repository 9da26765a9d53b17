using Dossier.Entities;
using Dossier.Nlp;
using Dossier.Quotes;
using Dossier.Time;

namespace Dossier.Engine;

/// <summary>The product's one pipeline, in stage order. Build it once per process and share it.</summary>
public static class DossierPipeline
{
    public static Pipeline Create() => Pipeline.Create(
    [
        .. NlpPipeline.BaseStages(),
        new EntityRecognizer(NerModel.LoadDefault()),
        new TemporalTagger(),
        new QuoteExtractor(),
    ]);
}
