using System.Net;
using System.Net.Http.Json;
using Dossier.Testing;

namespace Dossier.Web.Tests;

/// <summary>
/// The exact bytes of every JSON answer on the sample articles, pinned in <c>Golden/</c>: the page and
/// outside scripts rely on the field names, their order, null handling and the HTML-safe escaping.
/// Set <c>DOSSIER_UPDATE_GOLDEN=1</c> to rewrite the files after a deliberate change.
/// </summary>
public sealed class ApiGoldenTests(SamplesFixture samples) : IClassFixture<SamplesFixture>
{
    [Theory]
    [InlineData("documents.json", "/api/documents")]
    [InlineData("document-2.json", "/api/documents/2")]
    [InlineData("entities.json", "/api/entities")]
    [InlineData("people.json", "/api/people")]
    [InlineData("quotes.json", "/api/quotes")]
    [InlineData("quotes-kimura.json", "/api/quotes?speaker=kimura")]
    [InlineData("timeline.json", "/api/timeline")]
    [InlineData("events.json", "/api/events")]
    [InlineData("search.json", "/api/search?q=wartime%20labor")]
    [InlineData("stories.json", "/api/stories")]
    public async Task Answer_on_the_samples_is_unchanged(string golden, string path)
    {
        var body = await ApiAnswers.GetAsync(samples.App, path);

        ApiAnswers.AssertGolden(golden, body);
    }

    [Theory]
    [InlineData("/api/documents", "[]")]
    [InlineData("/api/people", "[]")]
    [InlineData("/api/quotes", "[]")]
    [InlineData("/api/timeline", "[]")]
    [InlineData("/api/events", "[]")]
    [InlineData("/api/stories", "[]")]
    [InlineData("/api/entities", """{"people":[],"organizations":[],"places":[]}""")]
    [InlineData("/api/search?q=anything", """{"query":"anything","total":0,"hits":[]}""")]
    public async Task Answer_on_an_empty_store_is_empty(string path, string expected)
    {
        await using var app = await TestWebApp.StartAsync(samples: false);

        Assert.Equal(expected, await ApiAnswers.GetAsync(app, path));
    }

    [Fact]
    public async Task Posted_article_with_markup_and_its_layers_are_unchanged()
    {
        await using var app = await TestWebApp.StartAsync(samples: false);
        var text = "“It won’t hurt,” said Kan Kimura on Wednesday. <script>alert('x')</script> & \"quotes\", \\ backslashes, \u0001 and emoji 🇰🇷.\nA second line + `ticks`.";

        using var posted = await app.Client.PostAsJsonAsync("/api/documents", new { text, date = "2022-11-02", title = "<b>Aso & Yoon</b>", url = "https://example.com/a?b=1&c=2" });
        IngestionTime.Pin(app.Database);
        var document = await ApiAnswers.GetAsync(app, "/api/documents/1");
        var list = await ApiAnswers.GetAsync(app, "/api/documents");

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("application/json; charset=utf-8", posted.Content.Headers.ContentType?.ToString());
        Assert.Equal("""{"id":1,"location":"https://example.com/a?b=1\u0026c=2","date":"2022-11-02","duplicate":false}""", await posted.Content.ReadAsStringAsync());
        ApiAnswers.AssertGolden("posted-document.json", document);
        ApiAnswers.AssertGolden("posted-documents.json", list);
    }
}
