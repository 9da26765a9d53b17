using System.Text.Json;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class ActorTimelineCommandTests : CliTests
{
    [Fact]
    public async Task Timeline_of_an_entity_lists_its_entries_from_every_article_under_its_who_s_who_name()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var table = await RunAsync("timeline", "--entity", "yoon");
        var json = await RunAsync("timeline", "--entity", "yoon", "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Timeline of Yoon Suk Yeol", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("give no date", table.Output, StringComparison.Ordinal);
        var entries = json.Json().EnumerateArray().ToList();
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.GetProperty("document_id").GetInt64()).Distinct().Order());
        Assert.All(entries, e => Assert.Equal("participant", e.GetProperty("actor_part").GetString()));
    }

    [Fact]
    public async Task Timeline_of_an_entity_marks_the_entries_its_article_s_date_places_in_the_table_and_the_json()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var table = await RunAsync("timeline", "--entity", "yoon");
        var json = await RunAsync("timeline", "--entity", "yoon", "--json");

        Assert.Contains("18 May 2023 (article date)", table.Output, StringComparison.Ordinal);
        var pushed = Assert.Single(json.Json().EnumerateArray(), e => e.GetProperty("trigger").GetProperty("text").GetString() == "pushed");
        Assert.Equal(("article", "2023-05-18"), (pushed.GetProperty("dated_by").GetString(), pushed.GetProperty("value").GetString()));
        Assert.Equal(JsonValueKind.Null, pushed.GetProperty("time").ValueKind);
    }

    [Fact]
    public async Task Timeline_of_an_entity_counts_the_events_of_an_article_with_no_date_as_on_no_timeline()
    {
        var undated = Folder.File("undated.txt", "Yoon Suk Yeol pledged to improve ties with Japan. He met Fumio Kishida in Tokyo.");
        await RunAsync("ingest", undated);

        var table = await RunAsync("timeline", "--entity", "yoon");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("No dated events of Yoon Suk Yeol", table.Output, StringComparison.Ordinal);
        Assert.Contains("of Yoon Suk Yeol in sentences and articles that give no date are on no timeline", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_of_a_name_no_one_has_fails_in_one_line_that_suggests_the_closest_names()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("timeline", "--entity", "Kishda");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: No one in the articles is called 'Kishda'. Did you mean 'Fumio Kishida'? List the names with 'dossier entities' or 'dossier people'.",
            run.Output.Trim());
    }
}
