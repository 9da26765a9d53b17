using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dossier.Web.Tests;

public sealed class StoryApiTests(SamplesFixture samples) : IClassFixture<SamplesFixture>
{
    [Fact]
    public async Task Stories_are_stories_json()
    {
        var api = await ApiAnswers.GetAsync(samples.App, "/api/stories");

        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(ApiAnswers.CliGolden("stories.json")).RootElement, JsonDocument.Parse(api).RootElement));
    }

    [Theory]
    [InlineData("/api/timeline")]
    [InlineData("/api/quotes")]
    [InlineData("/api/people")]
    [InlineData("/api/entities")]
    public async Task A_brief_endpoint_narrowed_to_the_one_story_of_the_samples_answers_as_for_every_article(string path)
    {
        Assert.Equal(await ApiAnswers.GetAsync(samples.App, path), await ApiAnswers.GetAsync(samples.App, path + "?story=1"));
    }

    [Fact]
    public async Task A_brief_endpoint_narrowed_to_a_story_leaves_out_the_other_stories()
    {
        await using var app = await TestWebApp.StartAsync(samples: true);
        using var posted = await app.Client.PostAsJsonAsync("/api/documents", new
        {
            text = "Arsenal beat Fulham 3-0 at Craven Cottage on Saturday, and Gabriel Martinelli scored twice.",
            date = "2023-03-12",
        });

        var timeline = JsonDocument.Parse(await ApiAnswers.GetAsync(app, "/api/timeline?story=4")).RootElement;

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal([4L], timeline.EnumerateArray().Select(m => m.GetProperty("document_id").GetInt64()).Distinct());
    }

    [Theory]
    [InlineData("/api/timeline?story=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/quotes?story=x", HttpStatusCode.BadRequest)]
    [InlineData("/api/people?story=99", HttpStatusCode.NotFound)]
    [InlineData("/api/entities?story=2", HttpStatusCode.NotFound)]
    public async Task Answers_a_story_that_is_not_an_id_with_400_and_an_unknown_one_with_404(string path, HttpStatusCode status)
    {
        using var response = await samples.App.Client.GetAsync(path);

        var detail = await Problem.AssertAsync(response, status);
        Assert.Contains("GET /api/stories", detail, StringComparison.Ordinal);
    }
}
