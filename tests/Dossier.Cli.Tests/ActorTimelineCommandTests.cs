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
        Assert.Contains("in sentences that give no date", table.Output, StringComparison.Ordinal);
        var entries = json.Json().EnumerateArray().ToList();
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.GetProperty("document_id").GetInt64()).Distinct().Order());
        Assert.All(entries, e => Assert.Equal("participant", e.GetProperty("actor_part").GetString()));
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
