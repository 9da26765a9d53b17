using Dossier.Ingest;
using Dossier.Store;
using Dossier.Testing;

namespace Dossier.Engine.Tests;

/// <summary>
/// One actor's timeline on the three sample articles: 1 (2022-11-02, "Yoon Suk-yeol"), 2 (2023-02-28,
/// "Yoon") and 3 (2023-05-18, "Yoon Suk Yeol"), one person across them in the who's who.
/// </summary>
public sealed class ActorTimelineTests
{
    private static readonly Lazy<LinkedArticles> Samples = new(() =>
    {
        var pipeline = DossierPipeline.Create();
        var reader = new ArticleReader();
        return new LinkedArticles([.. ArticleReader.ExpandPaths([RepoPaths.Samples])
            .SelectMany(reader.ReadFile)
            .Select((item, i) => new StoredDocument(i + 1, pipeline.Annotate(item.Document!), DateTimeOffset.UnixEpoch))]);
    });

    private static IReadOnlyList<ActorEntry> TimelineOf(string name) =>
        ActorTimeline.Of(Samples.Value, StoryTimeline.Of(Samples.Value), EntityFilter.Find(Samples.Value, name)!);

    [Theory]
    [InlineData("Yoon")]
    [InlineData("yoon suk-yeol")]
    [InlineData("Suk Yeol")]
    [InlineData("Yoon Yeol")]
    [InlineData("President Yoon")]
    public void Any_spelling_of_yoon_finds_the_one_person_the_who_s_who_links(string name)
    {
        var actor = EntityFilter.Find(Samples.Value, name);

        Assert.NotNull(actor);
        Assert.Equal(["Yoon Suk Yeol"], actor.Names.ToArray());
    }

    [Fact]
    public void Yoon_s_timeline_has_his_meetings_in_every_article_that_writes_his_name_in_any_spelling()
    {
        var entries = TimelineOf("Yoon");

        Assert.Contains(entries, e => e.Entry.DocumentId == 1 && e.Entry.Value == "2022-11-02" && e.Entry.Trigger == "met");
        Assert.Contains(entries, e => e.Entry.DocumentId == 3 && e.Entry.Value == "2023-05-21" && e.Entry.Trigger == "meet");
        Assert.Contains(entries, e => e.Entry.DocumentId == 2);
    }

    [Fact]
    public void Every_entry_of_a_participant_names_the_actor_among_its_participants_and_the_order_is_the_story_timeline_s()
    {
        var story = StoryTimeline.Of(Samples.Value).ToList();
        var entries = ActorTimeline.Of(Samples.Value, story, EntityFilter.Find(Samples.Value, "Yoon")!);

        Assert.All(entries.Where(e => e.Part == ActorPart.Participant), e => Assert.Contains(e.Entry.Participants, p => p.Name == "Yoon Suk Yeol"));
        Assert.Equal(entries.Select(e => story.IndexOf(e.Entry)).Order().ToArray(), entries.Select(e => story.IndexOf(e.Entry)).ToArray());
    }

    [Fact]
    public void North_korea_s_timeline_keeps_its_missile_firing_and_leaves_out_yoon_s_meetings()
    {
        var entries = TimelineOf("North Korea");

        Assert.Contains(entries, e => e.Entry.Trigger == "fired" && e.Entry.Value == "2022-11-02");
        Assert.DoesNotContain(entries, e => e.Entry.Trigger is "met" or "meet");
    }

    [Fact]
    public void An_unknown_name_finds_no_one_and_the_closest_names_are_suggested()
    {
        Assert.Null(EntityFilter.Find(Samples.Value, "Yon"));
        Assert.Equal("Yoon Suk Yeol", EntityFilter.Suggest(Samples.Value, "Yon")[0]);
        Assert.Equal(["Fumio Kishida"], EntityFilter.Suggest(Samples.Value, "Kishda").ToArray());
        Assert.Empty(EntityFilter.Suggest(Samples.Value, "Zelensky"));
    }
}
