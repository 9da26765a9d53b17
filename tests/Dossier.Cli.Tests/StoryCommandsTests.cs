using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Cli.Tests;

public sealed class StoryCommandsTests : CliTests
{
    [Fact]
    public async Task Stories_puts_the_three_samples_in_one_story_dated_from_the_first_to_the_last()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("stories", "--json");

        Assert.Equal(0, run.ExitCode);
        var story = Assert.Single(run.Json().EnumerateArray());
        Assert.Equal(1, story.GetProperty("id").GetInt64());
        Assert.Equal(3, story.GetProperty("article_count").GetInt32());
        Assert.Equal("2022-11-02", story.GetProperty("first_date").GetString());
        Assert.Equal("2023-05-18", story.GetProperty("last_date").GetString());
        Assert.Equal([1L, 2L, 3L], story.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()));
        Assert.Contains("Japan", story.GetProperty("label").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_keeps_its_articles_when_an_unrelated_one_arrives()
    {
        await RunAsync("ingest", RepoPaths.Samples);
        await RunAsync("stories");
        var football = Folder.File("football.txt",
            "date 2023-05-20 Arsenal beat Fulham 3-0 at Craven Cottage. Gabriel Martinelli scored the second goal and praised the defence after the league match.");
        await RunAsync("ingest", football);

        var run = await RunAsync("stories", "--json");

        var stories = run.Json().EnumerateArray().ToList();
        Assert.Equal([(1L, 3), (4L, 1)], stories.Select(s => (s.GetProperty("id").GetInt64(), s.GetProperty("article_count").GetInt32())));
    }

    [Fact]
    public async Task Stories_of_articles_stored_without_one_are_placed_for_the_output_with_a_note_until_an_ingest_stores_them()
    {
        await RunAsync("ingest", RepoPaths.Samples);
        var placed = await RunAsync("stories", "--json");
        await using (var connection = new SqliteConnection($"Data Source={Database}"))
        {
            // As a database from before stories were placed on ingest.
            await connection.OpenAsync();
            await using var forget = connection.CreateCommand();
            forget.CommandText = "DELETE FROM story_members";
            await forget.ExecuteNonQueryAsync();
        }

        var unplaced = await RunAsync("stories", "--json");
        await RunAsync("ingest", RepoPaths.Samples);
        var stored = await RunAsync("stories", "--json");

        Assert.Equal("", placed.Notes);
        Assert.Equal(placed.Output, unplaced.Output);
        Assert.StartsWith("note: 3 of 3 articles have no stored story yet", unplaced.Notes, StringComparison.Ordinal);
        Assert.Equal(placed.Output, stored.Output);
        Assert.Equal("", stored.Notes);
    }

    [Fact]
    public async Task Brief_of_a_story_merged_into_another_briefs_that_story_and_says_so()
    {
        await RunAsync("ingest", RepoPaths.Samples);
        await RunAsync("ingest", Folder.File("football.txt", "date 2023-05-20 Arsenal beat Fulham 3-0 at Craven Cottage, and Gabriel Martinelli scored twice."));
        await using (var store = await Dossier.Store.Sqlite.SqliteDossierStore.OpenAsync(Database))
        {
            // As a later placement would record it: story 4 merged into story 1.
            await store.PlaceStoriesAsync((_, _) => Task.FromResult(new Dossier.Store.StoryPlacement([], [new(4, 1)])));
        }
        SqliteConnection.ClearAllPools();

        var merged = await RunAsync("brief", "--story", "4", "--json");
        var surviving = await RunAsync("brief", "--story", "1", "--json");
        var stories = await RunAsync("stories", "--json");

        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(surviving.Output, merged.Output);
        Assert.Equal("note: story 4 was merged into story 1, which holds its articles.", merged.Notes.Trim());
        var story = Assert.Single(stories.Json().EnumerateArray());
        Assert.Equal((1L, 4), (story.GetProperty("id").GetInt64(), story.GetProperty("article_count").GetInt32()));
        Assert.Equal([4L], story.GetProperty("aliases").EnumerateArray().Select(a => a.GetInt64()).ToArray());
    }

    [Fact]
    public async Task Brief_of_one_story_covers_only_its_articles()
    {
        await RunAsync("ingest", RepoPaths.Samples);
        var football = Folder.File("football.txt", "date 2023-05-20 Arsenal beat Fulham 3-0 at Craven Cottage, and Gabriel Martinelli scored twice.");
        await RunAsync("ingest", football);

        var run = await RunAsync("brief", "--story", "4", "--json");

        Assert.Equal(0, run.ExitCode);
        var brief = run.Json();
        Assert.Equal([4L], brief.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetInt64()));
        var addition = Assert.Single(brief.GetProperty("additions").EnumerateArray());
        Assert.Equal(4, addition.GetProperty("story_id").GetInt64());
    }

    [Fact]
    public async Task Brief_of_an_unknown_story_says_where_the_stories_are_listed()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("brief", "--story", "99");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("there is no story 99; `dossier stories` lists them.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_says_what_each_article_adds_with_citations_in_markdown()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("brief", "--markdown");

        var section = run.Output[run.Output.IndexOf("## What each article adds", StringComparison.Ordinal)..];
        Assert.Contains("### Article 2 (article 2 of story 1)", section, StringComparison.Ordinal);
        Assert.Contains("- New people and organisations: ", section, StringComparison.Ordinal);
        Assert.Contains("Park Jin: Foreign Minister", section, StringComparison.Ordinal);
        Assert.Matches(@"2023-05-19 \(“Friday”, article 3, offsets \d+-\d+\)", section);
        Assert.Matches(@"\*\*Lee Won-deog \(professor of Japanese studies, Kookmin University\)\*\*: .+ \(article 2, offsets \d+-\d+\)", section);
    }

    [Fact]
    public async Task Show_lists_what_the_article_adds_to_its_story()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("show", "2");

        var section = run.Output[run.Output.IndexOf("What this article adds", StringComparison.Ordinal)..];
        Assert.Contains("article 2 of story 1", section, StringComparison.Ordinal);
        Assert.Contains("Choi Eun-mi", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Taro Aso", section, StringComparison.Ordinal);
    }
}
