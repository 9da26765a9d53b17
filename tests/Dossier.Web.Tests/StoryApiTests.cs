using System.Net;
using System.Text.Json;
using Dossier.Store;

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
    [InlineData("/api/events")]
    [InlineData("/api/quotes")]
    [InlineData("/api/people")]
    [InlineData("/api/entities")]
    public async Task A_brief_endpoint_narrowed_to_the_one_story_of_the_samples_answers_as_for_every_article(string path)
    {
        Assert.Equal(await ApiAnswers.GetAsync(samples.App, path), await ApiAnswers.GetAsync(samples.App, path + "?story=1"));
    }

    [Fact]
    public async Task Search_narrowed_to_the_one_story_of_the_samples_answers_as_over_every_article()
    {
        Assert.Equal(await ApiAnswers.GetAsync(samples.App, "/api/search?q=Kishida"), await ApiAnswers.GetAsync(samples.App, "/api/search?q=Kishida&story=1"));
    }

    [Theory]
    [InlineData("/api/timeline?story=")]
    [InlineData("/api/events?story=")]
    [InlineData("/api/search?q=on&story=")]
    public async Task A_brief_endpoint_narrowed_to_a_story_leaves_out_the_other_stories(string path)
    {
        await using var app = await TestWebApp.StartAsync(samples: true);
        Assert.Equal(HttpStatusCode.Created, await FootballArticle.PostAsync(app.Client));

        var football = Articles(await ApiAnswers.GetAsync(app, path + "4"));
        var samplesStory = Articles(await ApiAnswers.GetAsync(app, path + "1"));

        Assert.Equal([4L], football);
        Assert.NotEmpty(samplesStory);
        Assert.DoesNotContain(4L, samplesStory);
    }

    [Fact]
    public async Task One_story_is_its_entry_in_the_list()
    {
        var list = JsonDocument.Parse(await ApiAnswers.GetAsync(samples.App, "/api/stories")).RootElement;
        var one = JsonDocument.Parse(await ApiAnswers.GetAsync(samples.App, "/api/stories/1")).RootElement;

        Assert.True(JsonElement.DeepEquals(Assert.Single(list.EnumerateArray()), one));
    }

    [Theory]
    [InlineData("/api/events?story=")]
    [InlineData("/api/people?story=")]
    [InlineData("/api/search?q=Arsenal&story=")]
    [InlineData("/api/stories/")]
    public async Task A_story_merged_into_another_answers_for_the_story_that_holds_its_articles(string path)
    {
        await using var app = await TestWebApp.StartAsync(samples: true);
        Assert.Equal(HttpStatusCode.Created, await FootballArticle.PostAsync(app.Client));
        var samplesAlone = await ApiAnswers.GetAsync(app, path + "1");
        // As a later placement would record it: the football story 4 merged into story 1.
        await app.Store.PlaceStoriesAsync((_, _) => Task.FromResult(new StoryPlacement([], [new(4, 1)])));

        var merged = await ApiAnswers.GetAsync(app, path + "4");

        Assert.Equal(await ApiAnswers.GetAsync(app, path + "1"), merged);
        Assert.NotEqual(samplesAlone, merged);
    }

    [Theory]
    [InlineData("/api/stories/0", HttpStatusCode.BadRequest)]
    [InlineData("/api/stories/x", HttpStatusCode.BadRequest)]
    [InlineData("/api/stories/2", HttpStatusCode.NotFound)]
    [InlineData("/api/timeline?story=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/quotes?story=x", HttpStatusCode.BadRequest)]
    [InlineData("/api/people?story=99", HttpStatusCode.NotFound)]
    [InlineData("/api/entities?story=2", HttpStatusCode.NotFound)]
    [InlineData("/api/events?story=-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/events?story=1.5", HttpStatusCode.BadRequest)]
    [InlineData("/api/events?story=7", HttpStatusCode.NotFound)]
    [InlineData("/api/search?q=Yoon&story=%201", HttpStatusCode.BadRequest)]
    [InlineData("/api/search?q=Yoon&story=3", HttpStatusCode.NotFound)]
    public async Task Answers_a_story_that_is_not_an_id_with_400_and_an_unknown_one_with_404(string path, HttpStatusCode status)
    {
        using var response = await samples.App.Client.GetAsync(path);

        var detail = await Problem.AssertAsync(response, status);
        Assert.Contains("GET /api/stories", detail, StringComparison.Ordinal);
    }

    /// <summary>The distinct articles cited by an answer: an array of entries, or search's <c>hits</c>.</summary>
    private static long[] Articles(string answer)
    {
        var root = JsonDocument.Parse(answer).RootElement;
        var entries = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("hits");
        return [.. entries.EnumerateArray().Select(e => e.GetProperty("document_id").GetInt64()).Distinct()];
    }
}
