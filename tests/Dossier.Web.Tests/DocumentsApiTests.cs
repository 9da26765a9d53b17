using System.Net;
using System.Text.Json;

namespace Dossier.Web.Tests;

public sealed class DocumentsApiTests(SamplesFixture samples) : IClassFixture<SamplesFixture>
{
    private TestWebApp App => samples.App;

    [Fact]
    public async Task Lists_the_three_samples_oldest_first_with_the_fields_of_documents_json()
    {
        var documents = await App.GetJsonAsync("/api/documents");

        Assert.Equal(["2022-11-02", "2023-02-28", "2023-05-18"], documents.EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        var first = documents[0];
        Assert.Equal(1, first.GetProperty("id").GetInt64());
        Assert.Equal(819, first.GetProperty("words").GetInt32());
        Assert.Equal(25, first.GetProperty("sentences").GetInt32());
        Assert.StartsWith("Expectations rose Wednesday", first.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("000_59c7529743435c1c.txt", first.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, first.GetProperty("content_hash").GetString()!.Length);
        Assert.True(first.TryGetProperty("ingested_at", out _));
    }

    [Fact]
    public async Task Returns_a_document_whose_every_span_covers_the_text_it_gives()
    {
        var document = await App.GetJsonAsync("/api/documents/2");
        var text = document.GetProperty("text").GetString()!;

        Assert.Equal(2, document.GetProperty("id").GetInt64());
        Assert.Equal("2023-02-28", document.GetProperty("date").GetString());
        var spans = new[] { "paragraphs", "sentences", "tokens", "time_expressions", "mentions" }
            .SelectMany(layer => document.GetProperty(layer).EnumerateArray())
            .Concat(document.GetProperty("quotes").EnumerateArray().SelectMany(q => q.GetProperty("content").EnumerateArray()))
            .Concat(document.GetProperty("actors").EnumerateArray().SelectMany(a => a.GetProperty("mentions").EnumerateArray()))
            .ToList();
        Assert.True(spans.Count > 500);
        Assert.All(spans, span => Assert.Equal(
            span.GetProperty("text").GetString(),
            text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]));
        Assert.Contains(document.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("type").GetString() == "person");
        Assert.Contains(document.GetProperty("time_expressions").EnumerateArray(), t => t.GetProperty("type").GetString() == "DATE");
        Assert.All(document.GetProperty("quotes").EnumerateArray(), q => Assert.Equal(2, q.GetProperty("doc").GetInt64()));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData("99999999999999999999999")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Answers_an_id_that_is_not_a_whole_number_from_1_with_400(string id)
    {
        using var response = await App.Client.GetAsync("/api/documents/" + id);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("whole number", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("<", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_an_id_with_no_document_with_404()
    {
        using var response = await App.Client.GetAsync("/api/documents/999");

        var detail = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("no document 999", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_an_unknown_api_path_with_a_404_problem()
    {
        using var response = await App.Client.GetAsync("/api/nothing-here");

        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }
}
