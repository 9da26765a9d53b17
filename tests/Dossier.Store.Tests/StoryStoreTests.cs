using Dossier.Nlp;

namespace Dossier.Store.Tests;

/// <summary>
/// The story assignments of <c>story_members</c> and the aliases of <c>story_aliases</c>, on every engine:
/// a document keeps its story until that whole story merges into another, whose id it then takes.
/// </summary>
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

    private static Func<IReadOnlyDictionary<long, long>, CancellationToken, Task<StoryPlacement>> Placing(
        IReadOnlyCollection<KeyValuePair<long, long>> members,
        IReadOnlyCollection<KeyValuePair<long, long>>? merges = null) =>
        (_, _) => Task.FromResult(new StoryPlacement(members, merges ?? []));

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Reads_back_the_story_of_each_document(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.", "Flu spread.");

        var placed = await store.PlaceStoriesAsync(Placing([new(ids[0], ids[0]), new(ids[1], ids[0]), new(ids[2], ids[2])]));
        var stories = (await store.ReadStoriesAsync()).Members;

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
        Assert.Equal(ids[0], (await store.ReadStoriesAsync()).Members[ids[1]]);
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
            return new StoryPlacement([.. ids.Where(id => !known.ContainsKey(id)).Select(id => new KeyValuePair<long, long>(id, id))], []);
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

        var stories = await store.ReadStoriesAsync();

        Assert.Empty(stories.Members);
        Assert.Empty(stories.Aliases);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_merge_moves_every_article_of_the_story_and_keeps_its_id_as_an_alias(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.", "Kishida met Yoon.", "Flu spread.");
        await store.PlaceStoriesAsync(Placing([new(ids[0], ids[0]), new(ids[1], ids[1]), new(ids[2], ids[1]), new(ids[3], ids[3])]));

        // A later article bridges the first two stories: it joins the first, and the second merges into it.
        var added = (await SaveAsync(store, "Yoon and Kishida met in Seoul."))[0];
        var placed = await store.PlaceStoriesAsync(Placing([new(added, ids[0])], [new(ids[1], ids[0])]));
        var stories = await store.ReadStoriesAsync();

        Assert.Equal(1, placed);
        Assert.Equal([ids[0], ids[0], ids[0], ids[3], ids[0]], ids.Append(added).Select(id => stories.Members[id]).ToArray());
        Assert.Equal(new Dictionary<long, long> { [ids[1]] = ids[0] }, stories.Aliases);
        Assert.Equal((ids[0], ids[3]), (stories.Resolve(ids[1]), stories.Resolve(ids[3])));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task An_alias_follows_its_story_when_that_story_merges_in_turn(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.", "Kishida met Yoon.");
        await store.PlaceStoriesAsync(Placing([.. ids.Select(id => new KeyValuePair<long, long>(id, id))]));

        await store.PlaceStoriesAsync(Placing([], [new(ids[2], ids[1])]));
        await store.PlaceStoriesAsync(Placing([], [new(ids[1], ids[0])]));
        var stories = await store.ReadStoriesAsync();

        Assert.All(stories.Members.Values, story => Assert.Equal(ids[0], story));
        Assert.Equal(new Dictionary<long, long> { [ids[1]] = ids[0], [ids[2]] = ids[0] }, stories.Aliases);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Of_two_concurrent_placers_that_would_merge_one_story_the_second_sees_the_first_merge(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.");
        await store.PlaceStoriesAsync(Placing([new(ids[0], ids[0]), new(ids[1], ids[1])]));
        await using var other = await database.OpenAsync();
        var merged = 0;

        // Each placer merges the second story into the first if it still sees it apart; twice would store its alias twice.
        await Task.WhenAll(new[] { store, other }.Select(s => s.PlaceStoriesAsync(async (known, token) =>
        {
            await Task.Delay(50, token);
            if (known[ids[1]] == ids[0])
            {
                return StoryPlacement.None;
            }
            Interlocked.Increment(ref merged);
            return new StoryPlacement([], [new(ids[1], ids[0])]);
        })));
        var stories = await store.ReadStoriesAsync();

        Assert.Equal(1, merged);
        Assert.Equal(new Dictionary<long, long> { [ids[1]] = ids[0] }, stories.Aliases);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_placement_that_fails_keeps_neither_its_merges_nor_its_members(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var ids = await SaveAsync(store, "Yoon met Aso.", "Kishida went to Seoul.", "Kishida met Yoon.");
        await store.PlaceStoriesAsync(Placing([new(ids[0], ids[0]), new(ids[1], ids[1])]));
        var before = await store.ReadStoriesAsync();

        // The merge is written first; the member of a document that does not exist then breaks the foreign key.
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            store.PlaceStoriesAsync(Placing([new(ids[2], ids[0]), new(ids[2] + 100, ids[0])], [new(ids[1], ids[0])])));
        var after = await store.ReadStoriesAsync();

        Assert.Equal(before.Members.OrderBy(m => m.Key).ToArray(), after.Members.OrderBy(m => m.Key).ToArray());
        Assert.Empty(after.Aliases);
    }
}
