using Dossier.Testing;

namespace Dossier.Cli.Tests;

public sealed class EntityCommandsTests : CliTests
{
    [Fact]
    public async Task Entities_lists_people_with_mention_counts_and_documents()
    {
        await RunAsync("ingest", RepoPaths.Samples);

        var run = await RunAsync("entities", "--type", "person", "--json");

        Assert.Equal(0, run.ExitCode);
        var people = run.Json().EnumerateArray().ToList();
        Assert.All(people, p => Assert.Equal("person", p.GetProperty("type").GetString()));
        var matsuno = people.Single(p => p.GetProperty("name").GetString() == "Hirokazu Matsuno");
        Assert.Equal(1, matsuno.GetProperty("mentions").GetInt32());
        Assert.Single(matsuno.GetProperty("documents").EnumerateArray());
        var kishida = people.Single(p => p.GetProperty("name").GetString() == "Fumio Kishida");
        Assert.Equal(2, kishida.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task Entities_rejects_an_unknown_type_with_one_line_that_names_the_choices()
    {
        var run = await RunAsync("entities", "--type", "planet");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("person, organization, location or misc", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_lists_people_organisations_and_places()
    {
        var run = await RunAsync("brief", RepoPaths.Samples, "--json");

        var brief = run.Json();
        var yoon = Assert.Single(brief.GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "Yoon Suk Yeol");
        Assert.Equal(["Yoon", "Yoon Suk-yeol"], yoon.GetProperty("variants").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(3, yoon.GetProperty("documents").GetArrayLength());
        Assert.Contains(brief.GetProperty("organizations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Asan Institute for Policy Studies");
        Assert.Contains(brief.GetProperty("places").EnumerateArray(), p => p.GetProperty("name").GetString() == "Seoul");
    }

    [Fact]
    public async Task Annotate_json_carries_mentions_with_offsets_and_types()
    {
        var run = await RunAsync("annotate", RepoPaths.Sample("000"), "--format", "json");

        var mentions = run.Json().GetProperty("mentions").EnumerateArray().ToList();
        var yoon = mentions.First(m => m.GetProperty("text").GetString() == "Yoon Suk-yeol");
        Assert.Equal("person", yoon.GetProperty("type").GetString());
        Assert.Equal(13, yoon.GetProperty("end").GetInt32() - yoon.GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task Eval_ner_prints_conlleval_scores_and_writes_predictions()
    {
        var gold = Folder.File("gold.conll", "-DOCSTART- -X- O O\n\nTaro NNP I-NP I-PER\nAso NNP I-NP I-PER\nvisited VBD I-VP O\nSeoul NNP I-NP I-LOC\n. . O O\n");
        var predictions = Folder.Combine("predictions.txt");

        var run = await RunAsync("eval", "ner", gold, "--predictions", predictions);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("processed 5 tokens with 2 phrases; found: 2 phrases; correct: 2.", run.Output, StringComparison.Ordinal);
        Assert.Contains("PER: precision: 100.00%", run.Output, StringComparison.Ordinal);
        Assert.Equal(
            "-DOCSTART- -X- O O O\n\nTaro NNP I-NP I-PER B-PER\nAso NNP I-NP I-PER I-PER\nvisited VBD I-VP O O\nSeoul NNP I-NP I-LOC B-LOC\n. . O O O\n\n",
            (await File.ReadAllTextAsync(predictions)).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Eval_ner_help_states_the_type_mapping()
    {
        var run = await RunAsync("eval", "ner", "--help");

        Assert.Contains("Person=PER, Organization=ORG, Location=LOC, Misc=MISC", run.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }
}
