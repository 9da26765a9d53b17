using Dossier.Nlp;

namespace Dossier.Store.Tests;

/// <summary>
/// The story features of <c>story_features</c>, on every engine: written only with a placement, in its
/// transaction, read back exactly, and dropped when the document's layers are replaced.
/// </summary>
public sealed class StoryFeatureStoreTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create(NlpPipeline.BaseStages());

    public static TheoryData<string> Engines() => [.. TestDatabase.Engines];

    private static Document Annotated(string text) => Pipeline.Annotate(new Document(text, new DocumentSource("a.txt"), null));

    private static async Task<long[]> SaveAsync(DossierStore store, params string[] texts)
    {
        var ids = new List<long>();
        foreach (var text in texts)
        {
            ids.Add((await store.SaveAsync(Annotated(text))).Id);
        }
        return [.. ids];
    }

    private static StoryFeatures Features(long id, int version, params (string Key, int Count)[] terms) =>
        new(id, version, terms.ToDictionary(t => t.Key, t => t.Count), new Dictionary<string, int> { ["Person:yoon suk yeol"] = version });

    private static Task<int> StoreAsync(DossierStore store, params StoryFeatures[] features) =>
        store.PlaceStoriesAsync((_, _) => Task.FromResult(new StoryPlacement([], [], features)));

    private static void AssertSame(IEnumerable<StoryFeatures> expected, IEnumerable<StoryFeatures> actual)
    {
        static string Counts(IReadOnlyDictionary<string, int> counts) =>
            string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
        static string[] Rows(IEnumerable<StoryFeatures> features) =>
            [.. features.OrderBy(f => f.DocumentId).Select(f => $"{f.DocumentId} v{f.Version}: {Counts(f.Terms)} | {Counts(f.Entities)}")];
        Assert.Equal(Rows(expected), Rows(actual));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Reads_back_the_features_a_placement_stored_key_for_key(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.");
        // Keys with what JSON must escape or encode: quotes, a backslash, accents, a non-BMP character.
        var features = new[]
        {
            Features(ids[0], 1, ("café", 2), ("\"quoted\"", 1), ("back\\slash", 3), ("𝔘nicode", 1)),
            Features(ids[1], 1, ("seoul", 4)),
        };

        Assert.Empty(await store.ReadStoryFeaturesAsync());
        await StoreAsync(store, features);

        AssertSame(features, await store.ReadStoryFeaturesAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_later_placement_replaces_the_features_of_a_document_and_keeps_the_others(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.");
        await StoreAsync(store, Features(ids[0], 1, ("aso", 1)), Features(ids[1], 1, ("seoul", 1)));

        await StoreAsync(store, Features(ids[0], 2, ("aso", 5), ("yoon", 1)));

        AssertSame([Features(ids[0], 2, ("aso", 5), ("yoon", 1)), Features(ids[1], 1, ("seoul", 1))], await store.ReadStoryFeaturesAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_placement_that_fails_keeps_none_of_its_features(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.");

        // The features are written after the members; the member of a document that does not exist breaks the foreign key first.
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.PlaceStoriesAsync((_, _) =>
            Task.FromResult(new StoryPlacement([new(ids[0] + 100, ids[0])], [], [Features(ids[0], 1, ("aso", 1))]))));

        Assert.Empty(await store.ReadStoryFeaturesAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Replacing_the_layers_of_a_document_drops_its_features_alone(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.");
        await StoreAsync(store, Features(ids[0], 1, ("aso", 1)), Features(ids[1], 1, ("seoul", 1)));

        Assert.True(await store.ReplaceLayersAsync(ids[0], Annotated("Yoon met Aso."), evenIfCurrent: true));

        AssertSame([Features(ids[1], 1, ("seoul", 1))], await store.ReadStoryFeaturesAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Replacing_layers_while_a_placer_makes_features_of_the_old_ones_drops_them_once_it_is_done(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        await using var replacer = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.");
        Task<bool>? replacing = null;

        // The placer has read the old layers when the replacement starts; without waiting for the placer,
        // the replacement would delete nothing and the features of the old layers would stay.
        await store.PlaceStoriesAsync(async (_, token) =>
        {
            // On a thread of its own: SQLite's driver waits for the write lock on the calling thread.
            replacing = Task.Run(() => replacer.ReplaceLayersAsync(ids[0], Annotated("Yoon met Aso."), evenIfCurrent: true, token), token);
            await Task.Delay(300, token);
            return new StoryPlacement([], [], [Features(ids[0], 1, ("aso", 1))]);
        });

        Assert.True(await replacing!);
        Assert.Empty(await store.ReadStoryFeaturesAsync());
    }
}
