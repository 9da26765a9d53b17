using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class DossierCliTests : CliTests
{
    [Fact]
    public async Task Brief_of_the_samples_lists_the_three_articles_with_their_dates()
    {
        var run = await RunAsync("brief", RepoPaths.Samples);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Added 3 article(s)", run.Output);
        Assert.Contains("3 article(s), 2022-11-02 to 2023-05-18", run.Output);
        Assert.Contains("Expectations rose Wednesday", run.Output);
    }

    [Fact]
    public async Task Brief_as_markdown_cites_each_quote_to_its_article_and_offsets()
    {
        var run = await RunAsync("brief", RepoPaths.Samples, "--markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Dossier brief\n\n3 article(s), 2022-11-02 to 2023-05-18.", run.Output, StringComparison.Ordinal);
        Assert.Contains("## Who said what", run.Output);
        Assert.Contains("**Kan Kimura (professor of Korean studies, Kobe University)**", run.Output);
        Assert.Contains("(direct; article 1, offsets ", run.Output);
        Assert.Contains("## Dated mentions", run.Output);
    }

    [Fact]
    public async Task Brief_as_markdown_escapes_article_text_that_looks_like_markup()
    {
        var article = Folder.File("hostile.txt", "date 2023-01-01 “<script>alert(1)</script> | *all* [x](javascript:y),” said Kim Jong-un.");

        var run = await RunAsync("brief", article, "--markdown");

        Assert.DoesNotContain("<script>", run.Output);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", run.Output);
        Assert.Contains("\\*all\\*", run.Output);
        Assert.Contains("\\[x\\](javascript:y)", run.Output);
    }

    [Fact]
    public async Task Ingesting_the_same_articles_twice_adds_nothing_the_second_time()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var again = await RunAsync("ingest", RepoPaths.Samples, "--json");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(0, again.Json().GetProperty("added").GetArrayLength());
        Assert.Equal(3, again.Json().GetProperty("duplicates").GetArrayLength());
    }

    [Fact]
    public async Task Documents_json_has_the_documented_fields()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var documents = (await RunAsync("documents", "--json")).Json();

        Assert.Equal(3, documents.GetArrayLength());
        var first = documents[0];
        Assert.Equal(1, first.GetProperty("id").GetInt64());
        Assert.Equal("2022-11-02", first.GetProperty("date").GetString());
        Assert.StartsWith("Expectations rose Wednesday", first.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(819, first.GetProperty("words").GetInt32());
        Assert.Equal(25, first.GetProperty("sentences").GetInt32());
        Assert.EndsWith("000_59c7529743435c1c.txt", first.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, first.GetProperty("content_hash").GetString()!.Length);
    }

    [Fact]
    public async Task An_undated_article_stays_undated_and_is_listed_as_such()
    {
        var article = Folder.File("undated.txt", "Yoon met Kishida on Sunday.");

        var run = await RunAsync("ingest", article);
        var documents = await RunAsync("documents");

        Assert.Contains("1 article(s) have no date", run.Output);
        Assert.Contains("undated", documents.Output);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await RunAsync("documents", "--json")).Json()[0].GetProperty("date").ValueKind);
    }

    [Fact]
    public async Task Date_flag_dates_undated_articles()
    {
        var article = Folder.File("undated.txt", "Yoon met Kishida on Sunday.");

        await RunAsync("ingest", article, "--date", "2023-05-21");

        Assert.Equal("2023-05-21", (await RunAsync("documents", "--json")).Json()[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task A_bad_file_is_reported_and_the_rest_of_the_batch_lands()
    {
        Folder.File("in/good.txt", "date 2023-02-28 Seoul says Tokyo must apologise.");
        File.WriteAllBytes(Folder.Combine("in/bad.txt"), [0xFF, 0xFE, 0x00, 0xD8]);

        var run = await RunAsync("ingest", Folder.Combine("in"));

        Assert.Equal(ExitCodes.Partial, run.ExitCode);
        Assert.Contains("bad.txt: is not valid UTF-8 text", run.Output);
        Assert.Contains("Added 1 article(s)", run.Output);
    }

    [Fact]
    public async Task Show_prints_the_document_with_numbered_sentences()
    {
        await RunAsync("ingest", RepoPaths.Sample("002"));

        var run = await RunAsync("show", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("date 2023-05-18", run.Output);
        Assert.Contains("[832,852)", run.Output);
        Assert.Contains("The stakes are high.", run.Output);
        Assert.Contains("Entities", run.Output);
        Assert.Contains("Hiroshima", run.Output);
    }

    [Fact]
    public async Task Show_of_an_unknown_id_is_one_clear_error_line()
    {
        var run = await RunAsync("show", "99");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal("error: there is no document 99; `dossier documents` lists the ids.", run.Output.Trim());
    }

    [Fact]
    public async Task Annotate_reads_standard_input_and_prints_every_layer_as_json()
    {
        var run = await CliRun.StartAsync(Database, "date 2022-11-02 Yoon met Aso. “It won’t hurt,” he said.", "annotate", "-", "--format", "json");

        var json = run.Json();
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2022-11-02", json.GetProperty("date").GetString());
        var sentences = json.GetProperty("sentences");
        Assert.Equal(2, sentences.GetArrayLength());
        Assert.Equal("“It won’t hurt,” he said.", sentences[1].GetProperty("text").GetString());
        Assert.Equal(14, sentences[1].GetProperty("start").GetInt32());
        var token = json.GetProperty("tokens")[0];
        Assert.Equal("Yoon", token.GetProperty("text").GetString());
        Assert.Equal("word", token.GetProperty("kind").GetString());
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public async Task Annotate_of_json_lines_prints_an_array_of_documents()
    {
        var feed = Folder.File("feed.jsonl", "{\"text\": \"Yoon met Aso.\", \"date\": \"2022-11-02\"}\n{\"text\": \"Kishida left.\"}\n");

        var json = (await RunAsync("annotate", feed, "--format", "json")).Json();

        Assert.Equal(2, json.GetArrayLength());
        Assert.Equal("Kishida left.", json[1].GetProperty("text").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json[1].GetProperty("date").ValueKind);
    }

    [Fact]
    public async Task Annotate_of_a_missing_file_says_so()
    {
        var run = await RunAsync("annotate", Folder.Combine("nope.txt"));

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("nope.txt no such file", run.Output);
    }

    [Fact]
    public async Task A_bad_date_flag_is_one_clear_error_line()
    {
        var run = await RunAsync("ingest", RepoPaths.Samples, "--date", "28/02/2023");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("--date '28/02/2023' is not a date; write it as YYYY-MM-DD", run.Output);
    }

    [Fact]
    public async Task A_document_id_that_is_not_a_number_says_what_an_id_is()
    {
        var run = await RunAsync("show", "abc");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("error: 'abc' is not a document id; ids are whole numbers, and `dossier documents` lists them. Run 'dossier show --help' for usage.", run.Output.Trim());
    }

    [Fact]
    public async Task An_unknown_verb_is_a_usage_error()
    {
        var run = await RunAsync("summarise");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("error: Unrecognized command or argument 'summarise'.", run.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_option_wins_over_the_environment()
    {
        var other = Folder.Combine("other.db");

        await RunAsync("ingest", RepoPaths.Sample("000"), "--db", other);

        Assert.True(File.Exists(other));
        Assert.False(File.Exists(Database));
    }
}
