using Dossier.Nlp;

namespace Dossier.Store.Tests;

/// <summary>The story assignments of <c>story_members</c>, on every engine: written once, never moved.</summary>
public sealed class StoryStoreTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create(NlpPipeline.BaseStages());

    public static TheoryData<string> Engines() => [.. TestDatabase.Engines];

    private static async Task<long[]> SaveAsync(DossierStore store, params string[] texts)
    {
        var ids = new List<long>();
        foreach (var text in texts)
        {
            ids.Add((await store.SaveAsync(Pipeline.Annotate(new Document(text, new DocumentSource("a.txt"), null)))).Id);
        }
        return [.. ids];
    }

    private static Func<IReadOnlyDictionary<long, long>, CancellationToken, Task<IReadOnlyCollection<KeyValuePair<long, long>>>> Placing(
        IReadOnlyCollection<KeyValuePair<long, long>> members) =>
        (_, _) => Task.FromResult(members);

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Reads_back_the_story_of_each_document(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.", "Flu spread.");

        var placed = await store.PlaceStoriesAsync(Placing([new(ids[0], ids[0]), new(ids[1], ids[0]), new(ids[2], ids[2])]));
        var stories = await store.ReadStoriesAsync();

        Assert.Equal(3, placed);
        Assert.Equal(3, stories.Count);
        Assert.Equal(ids[0], stories[ids[1]]);
        Assert.Equal(ids[2], stories[ids[2]]);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Keeps_the_first_story_a_document_was_put_in(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.");
        await store.PlaceStoriesAsync(Placing([new(ids[0], ids[0]), new(ids[1], ids[0])]));

        await using var other = await database.OpenAsync();
        var placed = await other.PlaceStoriesAsync(Placing([new(ids[1], ids[1])]));

        Assert.Equal(0, placed);
        Assert.Equal(ids[0], (await store.ReadStoriesAsync())[ids[1]]);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Runs_one_placer_at_a_time_so_the_second_sees_what_the_first_placed(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.");
        await using var other = await database.OpenAsync();
        var seen = new List<int>();

        // Each placer puts every document it sees unplaced in a story of its own id; the second must see the first's.
        var counts = await Task.WhenAll(new[] { store, other }.Select(s => s.PlaceStoriesAsync(async (known, token) =>
        {
            lock (seen)
            {
                seen.Add(known.Count);
            }
            await Task.Delay(50, token);
            return [.. ids.Where(id => !known.ContainsKey(id)).Select(id => new KeyValuePair<long, long>(id, id))];
        })));

        Assert.Equal([0, 2], seen.Order().ToArray());
        Assert.Equal([0, 2], counts.Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Has_no_stories_before_any_are_saved(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        await SaveAsync(store, "Yoon met Aso.");

        Assert.Empty(await store.ReadStoriesAsync());
    }
}
