using System.Net;

namespace Dossier.Web.Tests;

/// <summary><c>entity=NAME</c> on <c>/api/events</c> and <c>/api/timeline</c>: one actor's timeline over the three samples.</summary>
public sealed class ActorTimelineApiTests(SamplesFixture samples) : IClassFixture<SamplesFixture>
{
    private TestWebApp App => samples.App;

    [Fact]
    public async Task Keeps_the_entries_yoon_takes_part_in_under_any_spelling_each_with_the_fields_of_the_story_timeline_and_actor_part()
    {
        var all = await App.GetJsonAsync("/api/events");
        var yoon = await App.GetJsonAsync("/api/events?entity=Yoon");
        var spelled = await App.GetJsonAsync("/api/events?entity=" + Uri.EscapeDataString("suk-yeol"));

        Assert.InRange(yoon.GetArrayLength(), 1, all.GetArrayLength() - 1);
        Assert.Equal(yoon.ToString(), spelled.ToString());
        var first = yoon[0];
        Assert.Equal(all[0].EnumerateObject().Select(p => p.Name).Append("actor_part"), first.EnumerateObject().Select(p => p.Name));
        Assert.All(yoon.EnumerateArray().Where(e => e.GetProperty("actor_part").GetString() == "participant"),
            e => Assert.Contains(e.GetProperty("participants").EnumerateArray(), p => p.GetProperty("name").GetString() == "Yoon Suk Yeol"));
    }

    [Fact]
    public async Task Keeps_the_dated_mentions_of_the_sentences_yoon_takes_part_in()
    {
        var all = await App.GetJsonAsync("/api/timeline");
        var yoon = await App.GetJsonAsync("/api/timeline?entity=Yoon");

        Assert.InRange(yoon.GetArrayLength(), 1, all.GetArrayLength() - 1);
        Assert.Contains(yoon.EnumerateArray(), m => m.GetProperty("value").GetString() == "2023-05-21");
    }

    [Theory]
    [InlineData("/api/events?entity=Yon")]
    [InlineData("/api/timeline?entity=Yon")]
    public async Task Answers_a_name_no_one_has_with_404_and_the_closest_names(string path)
    {
        using var response = await App.Client.GetAsync(path);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("'Yoon Suk Yeol'", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_an_entity_past_its_limit_with_400()
    {
        using var response = await App.Client.GetAsync("/api/events?entity=" + new string('x', 201));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }
}
