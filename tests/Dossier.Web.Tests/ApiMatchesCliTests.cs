using System.Text.Json.Nodes;

namespace Dossier.Web.Tests;

/// <summary>
/// Where README.md says an answer is "the same as" a CLI output, it is that output's JSON value, compared
/// with the CLI's golden files on the same samples; the API adds only the fields README.md names.
/// </summary>
public sealed class ApiMatchesCliTests(SamplesFixture samples) : IClassFixture<SamplesFixture>
{
    [Fact]
    public async Task Documents_are_documents_json()
    {
        var api = await GetAsync("/api/documents");

        AssertEqual(Cli("documents.json"), api);
    }

    [Fact]
    public async Task A_document_is_show_json_with_each_quote_naming_its_speaker_and_titles()
    {
        var api = await GetAsync("/api/documents/2");

        var quotes = api["quotes"]!.AsArray();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            Remove(quote!, "speaker_name", "speaker_roles");
        }
        AssertEqual(Cli("show.json"), api);
    }

    [Fact]
    public async Task People_are_people_json()
    {
        var api = await GetAsync("/api/people");

        AssertEqual(Cli("people.json"), api);
    }

    [Fact]
    public async Task Entities_are_the_brief_json_sections()
    {
        var api = await GetAsync("/api/entities");
        var brief = Cli("brief.json");

        AssertEqual(new JsonObject
        {
            ["people"] = brief["people"]!.DeepClone(),
            ["organizations"] = brief["organizations"]!.DeepClone(),
            ["places"] = brief["places"]!.DeepClone(),
        }, api);
    }

    [Fact]
    public async Task Timeline_is_the_brief_json_dated_mentions_with_the_sentence_span()
    {
        var api = await GetAsync("/api/timeline");

        foreach (var mention in api.AsArray())
        {
            Remove(mention!, "sentence_start", "sentence_end");
        }
        AssertEqual(Cli("brief.json")["dated_mentions"]!, api);
    }

    /// <summary>The same quotes as <c>quotes --json</c>; the API lists them under their speakers, the CLI in article order.</summary>
    [Fact]
    public async Task Quotes_are_quotes_json_in_the_brief_order()
    {
        var api = await GetAsync("/api/quotes");

        AssertEqual(InArticleOrder(Cli("quotes.json")), InArticleOrder(api));
    }

    private async Task<JsonNode> GetAsync(string path) => JsonNode.Parse(await ApiAnswers.GetAsync(samples.App, path))!;

    private static JsonNode Cli(string golden) => JsonNode.Parse(ApiAnswers.CliGolden(golden))!;

    private static JsonArray InArticleOrder(JsonNode quotes) =>
        new([.. quotes.AsArray()
            .OrderBy(q => (long)q!["doc"]!)
            .ThenBy(q => (int)q!["content"]![0]!["start"]!)
            .Select(q => q!.DeepClone())]);

    /// <summary>Removes fields the API adds, after checking it does add them.</summary>
    private static void Remove(JsonNode node, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(node.AsObject().Remove(name), $"The answer has no '{name}'.");
        }
    }

    private static void AssertEqual(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected {Opening(expected)}\nActual   {Opening(actual)}");

    private static string Opening(JsonNode node)
    {
        var json = node.ToJsonString();
        return json.Length <= 400 ? json : json[..400] + "…";
    }
}
