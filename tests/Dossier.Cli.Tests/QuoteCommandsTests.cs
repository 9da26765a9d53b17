using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class QuoteCommandsTests : CliTests
{
    [Fact]
    public async Task Quotes_by_speaker_lists_only_that_speakers_quotes_with_offsets_into_the_text()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("quotes", "--speaker", "Matsuno", "--json");

        Assert.Equal(0, run.ExitCode);
        var quote = Assert.Single(run.Json().EnumerateArray());
        Assert.Equal("Hirokazu Matsuno", quote.GetProperty("speaker").GetString());
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal("said", quote.GetProperty("cue").GetProperty("text").GetString());
        Assert.StartsWith("“At this point", quote.GetProperty("content")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Quotes_by_a_spelling_of_one_article_finds_the_person_s_quotes_in_every_article_under_one_name()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("quotes", "--speaker", "Suk-yeol", "--json");

        var quotes = run.Json().EnumerateArray().ToList();
        Assert.Equal([1L, 2L], quotes.Select(q => q.GetProperty("doc").GetInt64()).Distinct());
        Assert.Equal(["Yoon Suk-yeol", "Yoon Suk Yeol"], quotes.Select(q => q.GetProperty("speaker").GetString()).Distinct());
        Assert.All(quotes, q => Assert.Equal("Yoon Suk Yeol", q.GetProperty("speaker_name").GetString()));
    }

    [Fact]
    public async Task Brief_lists_a_person_quoted_in_two_articles_once_under_the_who_is_who_name()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("brief", "--markdown");

        Assert.Contains("**Yoon Suk Yeol (President)**", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("**Yoon Suk-yeol", run.Output, StringComparison.Ordinal);
        Assert.Contains("| Northern Limit Line | NLL |", run.Output, StringComparison.Ordinal);
        Assert.Contains("| United States | U.S., US |", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_lists_titles_and_affiliations()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("people", "--json");

        var kimura = run.Json().EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Kan Kimura");
        var role = Assert.Single(kimura.GetProperty("roles").EnumerateArray());
        Assert.Equal("professor of Korean studies", role.GetProperty("title").GetString());
        Assert.Equal("Kobe University", role.GetProperty("affiliation").GetString());
        Assert.Equal(5, kimura.GetProperty("quotes").GetInt32());
    }

    [Fact]
    public async Task Eval_quotes_scores_a_brat_corpus_and_writes_predictions_as_json_lines()
    {
        var corpus = Folder.Combine("corpus");
        Directory.CreateDirectory(Path.Combine(corpus, "text"));
        Directory.CreateDirectory(Path.Combine(corpus, "attributions"));
        const string text = "“We are ready,” Lee said.";
        await File.WriteAllTextAsync(Path.Combine(corpus, "text", "a.txt"), text);
        await File.WriteAllTextAsync(Path.Combine(corpus, "attributions", "a_x1.ann"),
            "T1\tContent 0 15\t“We are ready,”\nT2\tSource 16 19\tLee\nT3\tCue 20 24\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n");
        var predictions = Folder.Combine("predictions.jsonl");

        var run = await RunAsync("eval", "quotes", corpus, "--predictions", predictions);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("100.0", run.Output);
        var line = Assert.Single(await File.ReadAllLinesAsync(predictions));
        Assert.Equal("{\"doc\":\"a\",\"content\":[0,15],\"source\":[16,19],\"cue\":[20,24],\"kind\":\"direct\"}", line);
    }

    [Fact]
    public async Task Eval_quotes_on_a_folder_without_the_corpus_layout_says_what_is_missing()
    {
        var run = await RunAsync("eval", "quotes", Folder.Combine("nowhere"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("text/*.txt and attributions/*.ann", run.Output);
    }
}
