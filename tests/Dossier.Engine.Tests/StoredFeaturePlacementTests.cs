using Dossier.Ingest;
using Dossier.Store;
using Dossier.Store.Sqlite;

namespace Dossier.Engine.Tests;

/// <summary>
/// Placement reads the story features stored with earlier placements instead of every article's
/// layers, and places exactly as it would from the layers: <see cref="StoryClusterer.AssignInBatches"/>
/// over every stored article with all its layers is the reference. Old stores (placed before features
/// were kept) and replaced layers fall back to the layers, and the features made then are stored.
/// </summary>
public sealed class StoredFeaturePlacementTests : StoreFolderTests
{
    private const int Batch = 6;

    private string Database => Folder.Combine("d.db");

    private static Task SaveAsync(DossierStore store, IEnumerable<Document> documents) =>
        documents.Aggregate(Task.CompletedTask, async (before, document) =>
        {
            await before;
            await store.SaveAsync(document);
        });

    private static KeyValuePair<long, long>[] Sorted(IReadOnlyDictionary<long, long> members) => [.. members.OrderBy(m => m.Key)];

    /// <summary>Dated flu articles and undated business news, taking turns, annotated by the product's pipeline.</summary>
    private static List<Document> Corpus()
    {
        var flu = StoryCorpus.H1N1(Path.Combine(SharedData.Folder!, StoryCorpus.H1N1Archive)).Take(36).ToList();
        var business = StoryCorpus.Bbc(Path.Combine(SharedData.Folder!, StoryCorpus.BbcArchive)).Take(24).ToList();
        var mixed = flu.Chunk(3).Zip(business.Chunk(2), (f, b) => f.Concat(b)).SelectMany(a => a).ToList();
        return [.. mixed.AsParallel().AsOrdered().Select(a => Pipeline.Value.Annotate(a.Document))];
    }

    [StoryCorporaFact]
    public async Task Placing_from_stored_features_gives_the_stories_of_placing_from_every_layer_in_an_old_store_too()
    {
        var corpus = Corpus();
        await using var store = await SqliteDossierStore.OpenAsync(Database);
        // An old store: the first three batches placed as batched ingests placed them, with no features kept.
        await SaveAsync(store, corpus[..(3 * Batch)]);
        var old = new StoryClusterer().AssignInBatches(await StoreReads.AllAsync(store, default), Batch);
        await store.PlaceStoriesAsync((_, _) => Task.FromResult(new StoryPlacement(old, [])));
        Assert.Empty(await store.ReadStoryFeaturesAsync());

        for (var start = 3 * Batch; start < corpus.Count; start += Batch)
        {
            await SaveAsync(store, corpus[start..Math.Min(start + Batch, corpus.Count)]);
            if (start == 6 * Batch)
            {
                // Annotated again (as `dossier reannotate --all` does): its stored features go, and are made again.
                Assert.True(await store.ReplaceLayersAsync(2, corpus[1], evenIfCurrent: true));
            }
            await Stories.PlaceAsync(store);
        }
        var expected = new StoryClusterer().AssignInBatches(await StoreReads.AllAsync(store, default), Batch);
        var stored = await store.ReadStoriesAsync();

        Assert.Equal(Sorted(expected), Sorted(stored.Members));
        Assert.True(expected.GroupBy(e => e.Value).Max(g => g.Count()) >= 12, "the flu articles should make one long story");
        Assert.Equal(corpus.Count, (await store.ReadStoryFeaturesAsync()).Count);
    }

    [Fact]
    public async Task Stored_features_of_other_rules_are_made_again_rather_than_trusted()
    {
        await using var store = await SqliteDossierStore.OpenAsync(Database);
        string[] texts = [.. StoryClustererTests.Dispute, .. StoryClustererTests.Football];
        await SaveAsync(store, texts.Select(t => Pipeline.Value.Annotate(new ArticleReader().ReadText("a.txt", t).Document!)));
        var documents = await StoreReads.AllAsync(store, default);
        // Features by rules of version 0, which would put every article in one story.
        var stale = documents.Select(d => new StoryFeatures(d.Id, 0, new Dictionary<string, int> { ["dispute"] = 1 }, new Dictionary<string, int>()));
        await store.PlaceStoriesAsync((_, _) => Task.FromResult(new StoryPlacement([], [], [.. stale])));

        await Stories.PlaceAsync(store);
        var features = await store.ReadStoryFeaturesAsync();

        Assert.Equal(Sorted(new StoryClusterer().Assign(documents, new Dictionary<long, long>())), Sorted((await store.ReadStoriesAsync()).Members));
        Assert.Equal(2, (await store.ReadStoriesAsync()).Members.Values.Distinct().Count());
        Assert.All(features, f => Assert.NotEqual(0, f.Version));
        Assert.All(features, f => Assert.NotEqual(["dispute"], f.Terms.Keys.ToArray()));
    }
}
