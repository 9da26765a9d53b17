using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>
/// The exact bytes of every JSON output on the sample articles, pinned in <c>Golden/</c>: scripts
/// rely on field names, order, formatting and null handling, so any change shows here.
/// Set <c>DOSSIER_UPDATE_GOLDEN=1</c> to rewrite the files after a deliberate change.
/// </summary>
public sealed class JsonGoldenTests : CliTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public async Task Annotate_json_of_each_sample_is_unchanged(string sample)
    {
        var run = await RunAsync("annotate", RepoPaths.Sample(sample), "--format", "json");

        AssertGolden($"annotate-{sample}.json", run);
    }

    [Fact]
    public async Task Annotate_json_of_json_lines_with_every_source_field_and_awkward_characters_is_unchanged()
    {
        var lines = string.Join('\n',
            JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["text"] = "“It won’t hurt,” said Kan Kimura on Wednesday.\tTabs, \u0001 controls, <tags> & 'quotes', \\ backslashes and emoji 🇰🇷.\r\nA second line.",
                ["date"] = "2022-11-02",
                ["title"] = "Aso meets Yoon — \"talks\"",
                ["url"] = "https://example.com/a?b=1&c=2",
                ["source"] = "The Example Times",
            }),
            // Undated, with quotes that have no speaker, no cue or no source.
            JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["text"] = "“We will never give up.” Asked whether the talks would resume, Kishida demurred last week. It is expected that prices will rise, officials said.",
            }));
        var feed = Folder.File("feed.jsonl", lines + "\n");

        var run = await RunAsync("annotate", feed, "--format", "json");

        AssertGolden("annotate-jsonl.json", run);
    }

    [Fact]
    public async Task Ingest_json_with_added_duplicates_and_failures_is_unchanged()
    {
        await RunAsync("ingest", RepoPaths.Sample("000"));
        var bad = Folder.File("bad.jsonl", "{\"text\": \"Kishida left.\"}\nnot json\n{\"title\": \"no text\"}\n");

        var run = await RunAsync("ingest", RepoPaths.Samples, bad, "--json");

        AssertGolden("ingest.json", run, ExitCodes.Partial);
    }

    [Theory]
    [InlineData("documents.json", "documents", "--json")]
    [InlineData("show.json", "show", "2", "--json")]
    [InlineData("entities.json", "entities", "--json")]
    [InlineData("entities-person.json", "entities", "--type", "person", "--json")]
    [InlineData("quotes.json", "quotes", "--json")]
    [InlineData("people.json", "people", "--json")]
    [InlineData("brief.json", "brief", "--json")]
    [InlineData("timeline.json", "timeline", "--json")]
    [InlineData("stories.json", "stories", "--json")]
    public async Task Json_of_the_stored_samples_is_unchanged(string golden, params string[] args)
    {
        await IngestSamplesAsync();

        var run = await RunAsync(args);

        AssertGolden(golden, run);
    }

    [Theory]
    [InlineData("documents-empty.json", "documents", "--json")]
    [InlineData("entities-empty.json", "entities", "--json")]
    [InlineData("quotes-empty.json", "quotes", "--json")]
    [InlineData("people-empty.json", "people", "--json")]
    [InlineData("brief-empty.json", "brief", "--json")]
    [InlineData("timeline-empty.json", "timeline", "--json")]
    [InlineData("stories-empty.json", "stories", "--json")]
    public async Task Json_of_an_empty_store_is_unchanged(string golden, params string[] args)
    {
        var run = await RunAsync(args);

        AssertGolden(golden, run);
    }

    /// <summary>The samples stored with one fixed ingestion time, so the output does not depend on the clock.</summary>
    private async Task IngestSamplesAsync()
    {
        Assert.Equal(0, (await RunAsync("ingest", RepoPaths.Samples)).ExitCode);
        IngestionTime.Pin(Database);
    }

    private void AssertGolden(string name, CliRun run, int exitCode = ExitCodes.Success)
    {
        Assert.Equal(exitCode, run.ExitCode);
        var actual = Portable(run.Output);
        var path = Path.Combine(RepoPaths.Root, "tests", "Dossier.Cli.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("DOSSIER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with DOSSIER_UPDATE_GOLDEN=1 to write it.");
        var expected = File.ReadAllText(path);
        Assert.Equal(expected, actual);
    }

    /// <summary>The output with the machine's folders written as placeholders: locations are absolute paths.</summary>
    private string Portable(string output)
    {
        foreach (var (folder, placeholder) in new[] { (RepoPaths.Samples, "samples"), (Folder.Path, "TEMP") })
        {
            var escaped = JsonEncodedText.Encode(folder + Path.DirectorySeparatorChar, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
            output = output.Replace(escaped, placeholder + "/", StringComparison.Ordinal);
        }
        return output;
    }
}
