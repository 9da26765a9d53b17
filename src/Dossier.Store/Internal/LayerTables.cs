namespace Dossier.Store.Internal;

internal static class LayerTables
{
    /// <summary>Every layer the store persists. A new layer adds its table class here and a migration.</summary>
    public static readonly IReadOnlyList<ILayerTable> All =
    [
        new TokenTable(),
        new ParagraphTable(),
        new SentenceTable(),
        new TimeExpressionTable(),
        new MentionTable(),
        new ActorTable(),
        new QuoteTable(),
        new EventTable(),
    ];
}
