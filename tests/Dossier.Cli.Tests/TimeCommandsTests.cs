using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class TimeCommandsTests : CliTests
{
    [Fact]
    public async Task Annotate_json_carries_time_expressions_with_value_and_anchor()
    {
        var run = await CliRun.StartAsync(Database, "date 2022-11-02 The leaders met on Monday.", "annotate", "-", "--format", "json");

        var timex = Assert.Single(run.Json().GetProperty("time_expressions").EnumerateArray());
        Assert.Equal("Monday", timex.GetProperty("text").GetString());
        Assert.Equal("DATE", timex.GetProperty("type").GetString());
        Assert.Equal("2022-10-31", timex.GetProperty("value").GetString());
        Assert.Equal("ArticleDate", timex.GetProperty("anchor").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Brief_lists_dated_mentions_of_the_samples_in_date_order()
    {
        await CliRun.StartAsync(Database, "", "ingest", RepoPaths.Samples);

        var run = await CliRun.StartAsync(Database, "", "brief", "--json");

        var values = run.Json().GetProperty("dated_mentions").EnumerateArray().Select(m => m.GetProperty("value").GetString()!).ToList();
        Assert.Contains("2022-W43-WE", values);
        Assert.Contains("2023-05-21", values);
        Assert.True(values.IndexOf("2023-W08") < values.IndexOf("2023-02-28"), "the week before the article's Tuesday sorts before it");
        Assert.Equal("1953", values[0]);
    }

    [Fact]
    public async Task Eval_timex_scores_timeml_and_writes_predictions()
    {
        Folder.File("gold/doc1.tml", """
            <?xml version="1.0" ?>
            <TimeML><DOCID>doc1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2022-11-02">Nov. 2, 2022</TIMEX3></DCT>
            <TEXT>The leaders met <TIMEX3 tid="t1" type="DATE" value="2022-10-31">Monday</TIMEX3>.</TEXT>
            </TimeML>
            """);
        var predictions = Folder.Combine("predictions.jsonl");

        var run = await CliRun.StartAsync(Database, "", "eval", "timex", Folder.Combine("gold"), "--predictions", predictions);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("strict extent", run.Output, StringComparison.Ordinal);
        Assert.Equal("""{"doc":"doc1","start":16,"end":22,"type":"DATE","value":"2022-10-31"}""", File.ReadAllText(predictions).Trim());
    }

    [Fact]
    public async Task Eval_timex_of_a_missing_folder_is_one_clear_error_line()
    {
        var run = await CliRun.StartAsync(Database, "", "eval", "timex", Folder.Combine("nowhere"));

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.StartsWith("error:", run.Output.Trim(), StringComparison.Ordinal);
    }
}
