using Dossier.Engine.Internal;
using Dossier.Entities;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// The stories of the stored articles: placed where articles are written (<see cref="PlaceAsync"/>,
/// which <see cref="Ingestor"/> calls), kept in the store, and described on read. Reading never writes.
/// </summary>
public static class Stories
{
    /// <summary>Entities and words a story's description lists.</summary>
    private const int Listed = 5;

    /// <summary>Entities in a label; words fill it when fewer entities are named.</summary>
    private const int LabelWords = 3;

    /// <summary>
    /// Puts every stored article that has no story yet in one (see <see cref="StoryClusterer"/>, with
    /// <see cref="StoryOptions.Default"/>) and stores those placements, with the merges of stored
    /// stories they bring about (the articles of the higher id move, and it becomes an alias). One
    /// placer runs at a time across processes (<see cref="IDossierStore.PlaceStoriesAsync"/>), so
    /// concurrent ingestion workers each place what the others have not, against what they have.
    /// It reads the articles' stored story features, not their layers: only an article without
    /// them (new, or stored before they were kept) has its tokens and mentions read, and the
    /// features made of them are stored with the placement.
    /// </summary>
    /// <returns>How many articles were placed.</returns>
    public static Task<int> PlaceAsync(IDossierStore store, CancellationToken cancellationToken = default) =>
        PlaceAsync(store, StoryOptions.Default, cancellationToken);

    /// <summary>Places as <see cref="PlaceAsync(IDossierStore, CancellationToken)"/> does, with other options.</summary>
    public static Task<int> PlaceAsync(IDossierStore store, StoryOptions options, CancellationToken cancellationToken = default) =>
        store.PlaceStoriesAsync(
            async (known, token) =>
            {
                // The listing is cheap; features are read only when an article waits for a story, and the
                // layers only of the articles whose features are not stored yet.
                var listed = await store.ListDocumentsAsync(token);
                if (listed.All(d => known.ContainsKey(d.Id)))
                {
                    return StoryPlacement.None;
                }
                var (features, made) = await PlacementFeatures.ReadAsync(store, listed, token);
                var placed = new StoryClusterer(options).Assign(features, new TermWeights(features), known);
                return new StoryPlacement([.. placed.Where(p => !known.ContainsKey(p.Key))], StoryMoves.Merges(known, placed), made);
            },
            cancellationToken);

    /// <summary>
    /// Describes every story of <paramref name="documents"/>, writing nothing. Articles without a
    /// stored story (a database from before stories were placed on ingest, or an ingest that was
    /// stopped) are placed for this read only, as <see cref="PlaceAsync"/> would place them now, merges included.
    /// </summary>
    /// <param name="documents">Every stored article with its layers, in the store's order.</param>
    public static async Task<StoryReading> ReadAsync(IDossierStore store, IReadOnlyList<StoredDocument> documents, CancellationToken cancellationToken = default)
    {
        var stored = await store.ReadStoriesAsync(cancellationToken);
        var known = stored.Members;
        // The clusterer and the descriptions compare the same articles over the same collection.
        var features = Features(documents);
        var weights = new TermWeights(features.Values);
        var unplaced = documents.Count(d => !known.ContainsKey(d.Id));
        var assignment = unplaced == 0 ? known : new StoryClusterer().Assign(features.Values, weights, known);
        var aliases = unplaced == 0 ? stored.Aliases : StoryMoves.Aliases(stored.Aliases, StoryMoves.Merges(known, assignment));
        return new StoryReading(Describe(documents, assignment, aliases, features, weights), unplaced);
    }

    /// <summary>The story with id <paramref name="id"/>, or the story it merged into (its <see cref="Story.Aliases"/> list it); null when there is none.</summary>
    public static Story? Find(IReadOnlyList<Story> stories, long id) =>
        stories.FirstOrDefault(s => s.Id == id) ?? stories.FirstOrDefault(s => s.Aliases.Contains(id));

    /// <param name="documents">The articles, in the store's order (by date, then id, undated last).</param>
    /// <param name="assignment">Document id to story id; documents without one are left out.</param>
    public static IReadOnlyList<Story> Describe(IReadOnlyList<StoredDocument> documents, IReadOnlyDictionary<long, long> assignment)
    {
        var features = Features(documents);
        return Describe(documents, assignment, new Dictionary<long, long>(), features, new TermWeights(features.Values));
    }

    private static Dictionary<long, ArticleFeatures> Features(IReadOnlyList<StoredDocument> documents) =>
        documents.ToDictionary(d => d.Id, ArticleFeatures.Of);

    /// <param name="aliases">The id of each story merged into another to the id of that story.</param>
    private static IReadOnlyList<Story> Describe(
        IReadOnlyList<StoredDocument> documents,
        IReadOnlyDictionary<long, long> assignment,
        IReadOnlyDictionary<long, long> aliases,
        Dictionary<long, ArticleFeatures> features,
        TermWeights weights)
    {
        var aliasesOf = aliases.ToLookup(a => a.Value, a => a.Key);
        return
        [
            .. documents
                .Where(d => assignment.ContainsKey(d.Id))
                .GroupBy(d => assignment[d.Id])
                .Select(g => Describe(g.Key, [.. g], features, weights) with { Aliases = [.. aliasesOf[g.Key].Order()] })
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
