using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class ReannotateCommandTests : CliTests
{
    private const string StaleNote = "3 of 3 stored articles were annotated by an older pipeline";

    [Fact]
    public async Task Gives_articles_stored_before_events_their_events_and_does_nothing_the_second_time()
    {
        await RunAsync("ingest", RepoPaths.Samples);
        var documentsBefore = (await RunAsync("documents", "--json")).Output;
        await MakeOldStyleAsync();
        var staleTimeline = await RunAsync("timeline", "--json");

        var first = await RunAsync("reannotate");
        var timeline = await RunAsync("timeline", "--json");
        var second = await RunAsync("reannotate", "--json");

        Assert.Equal("[]\n", staleTimeline.Output);
        Assert.Contains(StaleNote, staleTimeline.Notes);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal("Reannotated 3 of 3 article(s); 0 already current.\n", first.Output);
        Assert.Contains(timeline.Json().EnumerateArray(), e => e.GetProperty("value").GetString() == "2023-05-21" && e.GetProperty("class").GetString() == "meeting");
        Assert.Equal("", timeline.Notes);
        Assert.Equal(documentsBefore, (await RunAsync("documents", "--json")).Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal((3, 0, 3), (second.Json().GetProperty("documents").GetInt32(), second.Json().GetProperty("reannotated").GetInt32(), second.Json().GetProperty("already_current").GetInt32()));
        Assert.Equal(0, second.Json().GetProperty("failures").GetArrayLength());
    }

    [Fact]
    public async Task Annotates_every_article_again_with_all()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("reannotate", "--all", "--jobs", "1", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Json().GetProperty("reannotated").GetInt32());
        Assert.Equal(0, run.Json().GetProperty("already_current").GetInt32());
        Assert.Equal(16, run.Json().GetProperty("version").GetString()!.Length);
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--markdown")]
    public async Task Brief_of_a_stale_store_says_so_beside_the_output_and_never_in_it(string format)
    {
        await RunAsync("ingest", RepoPaths.Samples);
        await MakeOldStyleAsync();

        var run = await RunAsync("brief", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(StaleNote, run.Notes);
        Assert.Contains("Run `dossier reannotate`", run.Notes);
        Assert.DoesNotContain("older pipeline", run.Output);
    }

    [Fact]
    public async Task Brief_of_a_current_store_has_no_note()
    {
        var run = await RunAsync("brief", RepoPaths.Samples);

        Assert.Equal("", run.Notes);
    }

    [Fact]
    public async Task Refuses_fewer_than_one_job()
    {
        var run = await RunAsync("reannotate", "--jobs", "0");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--jobs must be 1 or more.", run.Output);
    }
}
