namespace Dossier.Nlp;

public static class NlpPipeline
{
    /// <summary>The stages every document gets first: tokens, then sentences and paragraphs.</summary>
    public static IReadOnlyList<IPipelineStage> BaseStages() => [new Tokenizer(), new SentenceSplitter()];
}
