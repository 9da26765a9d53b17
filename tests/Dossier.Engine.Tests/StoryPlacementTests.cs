using Dossier.Ingest;
using Dossier.Store;
using Dossier.Store.Sqlite;

namespace Dossier.Engine.Tests;

/// <summary>Stories are placed where articles are written, and a read never writes (so a read-only user can read them).</summary>
public sealed class StoryPlacementTests : StoreFolderTests
{
    private string Database => Folder.Combine("d.db");

    private async Task<IngestReport> IngestAsync(IDossierStore store, string folder, params string[] texts)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            Folder.File($"{folder}/{i:D2}.txt", texts[i]);
        }
        return await new Ingestor(Pipeline.Value, store, jobs: 1).IngestAsync(ArticleReader.ExpandPaths([Folder.Combine(folder)]).ToList(), null);
    }

    [Fact]
    public async Task Ingesting_stores_the_story_of_every_new_article_and_never_moves_an_earlier_one()
    {
        await using var store = await SqliteDossierStore.OpenAsync(Database);

        await IngestAsync(store, "first", StoryClustererTests.Dispute[0], StoryClustererTests.Football[0]);
        var before = (await store.ReadStoriesAsync()).Members;
        await IngestAsync(store, "second", StoryClustererTests.Dispute[1], StoryClustererTests.Football[1]);
        var after = (await store.ReadStoriesAsync()).Members;

        Assert.Equal(new Dictionary<long, long> { [1] = 1, [2] = 2 }, before);
        Assert.Equal(new Dictionary<long, long> { [1] = 1, [2] = 2, [3] = 1, [4] = 2 }, after);
    }

    [Fact]
    public async Task Reads_the_stories_of_a_read_only_file_and_places_old_articles_for_that_read_only()
    {
        // A database from before stories were placed on ingest: articles saved, none placed.
        await using (var writer = await SqliteDossierStore.OpenAsync(Database))
        {
            foreach (var text in new[] { StoryClustererTests.Dispute[0], StoryClustererTests.Football[0], StoryClustererTests.Dispute[1] })
            {
                await writer.SaveAsync(Pipeline.Value.Annotate(new ArticleReader().ReadText("a.txt", text).Document!));
            }
        }
        await using var reader = await SqliteDossierStore.OpenReadOnlyAsync(Database);

        var reading = await Stories.ReadAsync(reader, await StoreReads.AllAsync(reader, default));

        Assert.Equal(3, reading.Unplaced);
        Assert.Equal([[1L, 3L], [2L]], reading.Stories.Select(s => s.Documents.Select(d => d.Id).ToArray()).ToArray());
        Assert.Empty((await reader.ReadStoriesAsync()).Members);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => Stories.PlaceAsync(reader));
    }

    [Fact]
    public async Task Placing_stores_what_a_read_placed_for_itself_and_later_reads_find_nothing_unplaced()
    {
        await using var store = await SqliteDossierStore.OpenAsync(Database);
        foreach (var text in new[] { StoryClustererTests.Dispute[0], StoryClustererTests.Football[0], StoryClustererTests.Dispute[1] })
        {
            await store.SaveAsync(Pipeline.Value.Annotate(new ArticleReader().ReadText("a.txt", text).Document!));
        }
        var documents = await StoreReads.AllAsync(store, default);
        var provisional = await Stories.ReadAsync(store, documents);

        Assert.Equal(3, await Stories.PlaceAsync(store));
        Assert.Equal(0, await Stories.PlaceAsync(store));
        var stored = await Stories.ReadAsync(store, documents);

        Assert.Equal(0, stored.Unplaced);
        Assert.Equal(provisional.Stories.Select(s => (s.Id, s.Label)), stored.Stories.Select(s => (s.Id, s.Label)));
    }

    [Fact]
    public async Task A_later_article_that_bridges_two_stored_stories_merges_them_and_the_old_id_still_finds_the_story()
    {
        await using var store = await SqliteDossierStore.OpenAsync(Database);
        async Task SaveAsync(params string[] texts)
        {
            foreach (var text in texts)
            {
                await store.SaveAsync(Pipeline.Value.Annotate(new ArticleReader().ReadText("a.txt", text).Document!));
            }
        }
        await SaveAsync(StoryClustererTests.Bridged[0], StoryClustererTests.Football[0], StoryClustererTests.Bridged[1], StoryClustererTests.Football[1]);
        await Stories.PlaceAsync(store, StoryClustererTests.BridgeOptions);
        var before = await store.ReadStoriesAsync();

        await SaveAsync(StoryClustererTests.Bridged[2]);
        await Stories.PlaceAsync(store, StoryClustererTests.BridgeOptions);
        var after = await store.ReadStoriesAsync();
        var reading = await Stories.ReadAsync(store, await StoreReads.AllAsync(store, default));

        Assert.Equal(new Dictionary<long, long> { [1] = 1, [2] = 2, [3] = 3, [4] = 2 }, before.Members);
        Assert.Equal(new Dictionary<long, long> { [1] = 1, [2] = 2, [3] = 1, [4] = 2, [5] = 1 }, after.Members);
        Assert.Equal(new Dictionary<long, long> { [3] = 1 }, after.Aliases);
        Assert.Equal([3L], reading.Stories.Single(s => s.Id == 1).Aliases.ToArray());
        Assert.Equal([1L, 3L, 5L], Stories.Find(reading.Stories, 3)!.Documents.Select(d => d.Id).Order().ToArray());
        Assert.Null(Stories.Find(reading.Stories, 6));
    }

    [Fact]
    public async Task Concurrent_ingestors_place_every_article_once_and_each_story_keeps_the_article_that_started_it()
    {
        await using var one = await SqliteDossierStore.OpenAsync(Database);
        await using var other = await SqliteDossierStore.OpenAsync(Database);

        await Task.WhenAll(
            IngestAsync(one, "one", [.. StoryClustererTests.Dispute]),
            IngestAsync(other, "other", [.. StoryClustererTests.Football]));
        var stories = (await one.ReadStoriesAsync()).Members;

        Assert.Equal(5, stories.Count);
        Assert.All(stories.Values, story => Assert.Equal(story, stories[story]));
    }
}
