using Dossier.Engine.Internal;
using Dossier.Entities;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>The stories of the stored articles: placed once and kept in the store, described on read.</summary>
public static class Stories
{
    /// <summary>Entities and words a story's description lists.</summary>
    private const int Listed = 5;

    /// <summary>Entities in a label; words fill it when fewer entities are named.</summary>
    private const int LabelWords = 3;

    /// <summary>
    /// Puts every stored article that has no story yet in one (see <see cref="StoryClusterer"/>),
    /// saves those placements, and describes every story.
    /// </summary>
    /// <param name="documents">Every stored article with its layers, in the store's order.</param>
    /// <returns>Stories with the most articles first, then the most recent.</returns>
    public static async Task<IReadOnlyList<Story>> ReadAsync(IDossierStore store, IReadOnlyList<StoredDocument> documents, StoryClusterer clusterer, CancellationToken cancellationToken = default)
    {
        var known = await store.ReadStoriesAsync(cancellationToken);
        if (documents.Any(d => !known.ContainsKey(d.Id)))
        {
            var placed = clusterer.Assign(documents, known);
            await store.SaveStoriesAsync(placed.Where(p => !known.ContainsKey(p.Key)), cancellationToken);
            // Another process may have placed some of them first; its placements stand.
            known = await store.ReadStoriesAsync(cancellationToken);
        }
        return Describe(documents, known);
    }

    /// <param name="documents">The articles, in the store's order (by date, then id, undated last).</param>
    /// <param name="assignment">Document id to story id; documents without one are left out.</param>
    public static IReadOnlyList<Story> Describe(IReadOnlyList<StoredDocument> documents, IReadOnlyDictionary<long, long> assignment)
    {
        var features = documents.ToDictionary(d => d.Id, ArticleFeatures.Of);
        var weights = new TermWeights(features.Values);
        return
        [
            .. documents
                .Where(d => assignment.ContainsKey(d.Id))
                .GroupBy(d => assignment[d.Id])
                .Select(g => Describe(g.Key, [.. g], features, weights))
                .OrderByDescending(s => s.Documents.Count)
                .ThenByDescending(s => s.Last ?? DateOnly.MinValue)
                .ThenBy(s => s.Id),
        ];
    }

    private static Story Describe(long id, List<StoredDocument> members, Dictionary<long, ArticleFeatures> features, TermWeights weights)
    {
        var articles = new LinkedArticles(members);
        var entities = articles.Links.Entities
            .Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.Location)
            .OrderByDescending(e => e.Documents.Length).ThenByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => e.Name)
            .Take(Listed)
            .ToList();
        var terms = members
            .SelectMany(m => features[m.Id].Terms)
            .GroupBy(t => t.Key, StringComparer.Ordinal)
            .Select(g => (Term: g.Key, Weight: g.Sum(t => weights.TermWeight(t.Key, t.Value))))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Select(t => t.Term)
            .Take(Listed)
            .ToList();
        var named = entities.Take(LabelWords).SelectMany(e => e.ToLowerInvariant().Split(' ', '-')).ToHashSet(StringComparer.Ordinal);
        var label = string.Join(", ", entities.Take(LabelWords).Concat(terms.Where(t => !named.Contains(t))).Take(LabelWords));
        var dates = members.Select(m => m.Document.Published).OfType<DateOnly>().ToList();
        return new Story(id, label, entities, terms, dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null, articles);
    }
}
