using Dossier.Store;

namespace Dossier.Engine.Internal;

/// <summary>
/// The features a placement compares, read without reading every article's layers: each article's
/// stored features when the current rules made them, else made from its tokens and mentions (an
/// article new since the last placement, one stored before features were kept, or one whose layers
/// were replaced). Either way they are the counts <see cref="ArticleFeatures.Of(StoredDocument)"/>
/// gives over its layers now, so the stories are the same as when every layer was read.
/// </summary>
internal static class PlacementFeatures
{
    /// <param name="listed">The articles to place among, from <see cref="IDossierStore.ListDocumentsAsync"/>.</param>
    /// <returns>The features of every listed article still stored, and those of them made now, for the placement to store.</returns>
    public static async Task<(List<ArticleFeatures> All, List<StoryFeatures> Made)> ReadAsync(
        IDossierStore store, IReadOnlyList<DocumentSummary> listed, CancellationToken cancellationToken)
    {
        var stored = (await store.ReadStoryFeaturesAsync(cancellationToken))
            .Where(f => f.Version == ArticleFeatures.Version)
            .ToDictionary(f => f.DocumentId);
        var all = new List<ArticleFeatures>(listed.Count);
        var made = new List<StoryFeatures>();
        foreach (var summary in listed)
        {
            if (stored.TryGetValue(summary.Id, out var features))
            {
                all.Add(ArticleFeatures.Of(features, summary.Published));
            }
            else if (await store.GetDocumentAsync(summary.Id, ArticleFeatures.Layers, cancellationToken) is { } document)
            {
                var article = ArticleFeatures.Of(document);
                all.Add(article);
                made.Add(article.ToStored());
            }
        }
        return (all, made);
    }
}
