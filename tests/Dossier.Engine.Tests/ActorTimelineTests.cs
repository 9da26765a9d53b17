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
    public void Every_entry_of_a_participant_names_the_actor_among_its_participants_and_the_text_dated_ones_keep_the_story_timeline_s_order()
    {
        var story = StoryTimeline.Of(Samples.Value).ToList();
        var entries = ActorTimeline.Of(Samples.Value, story, EntityFilter.Find(Samples.Value, "Yoon")!);

        Assert.All(entries.Where(e => e.Part == ActorPart.Participant), e => Assert.Contains(e.Entry.Participants, p => p.Name == "Yoon Suk Yeol"));
        var ranks = entries.Where(e => e.Entry.DatedBy == DatedBy.Text).Select(e => story.IndexOf(e.Entry)).ToArray();
        Assert.DoesNotContain(-1, ranks);
        Assert.Equal(ranks.Order().ToArray(), ranks);
    }

    [Fact]
    public void Yoon_s_event_in_a_sentence_that_gives_no_date_is_placed_at_its_article_s_date_with_no_time_expression()
    {
        var entry = Assert.Single(TimelineOf("Yoon"), e => e.Entry.Trigger == "pushed");

        Assert.Equal(DatedBy.Article, entry.Entry.DatedBy);
        Assert.Equal(ActorPart.Participant, entry.Part);
        Assert.Equal((3L, "2023-05-18"), (entry.Entry.DocumentId, entry.Entry.Value));
        Assert.Null(entry.Entry.Time);
        Assert.Null(entry.Entry.TimeText);
        Assert.StartsWith("Yoon has pushed ahead with his Japan outreach", entry.Entry.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_go_by_date_and_on_one_date_those_dated_by_their_text_come_before_those_dated_by_their_article()
    {
        var entries = TimelineOf("Yoon");

        // The sample values (2022-11-02, 2023-02, 2023-02-28, …) sort as text as they sort as dates.
        var values = entries.Select(e => e.Entry.Value).ToArray();
        Assert.Equal(values.Order(StringComparer.Ordinal).ToArray(), values);
        var firstDay = entries.Where(e => e.Entry.Value == "2022-11-02").ToList();
        Assert.Equal("met", firstDay[0].Entry.Trigger);
        Assert.Equal([DatedBy.Text, .. Enumerable.Repeat(DatedBy.Article, firstDay.Count - 1)], firstDay.Select(e => e.Entry.DatedBy).ToArray());
        Assert.True(firstDay.Count > 1);
    }

    [Fact]
    public void Entries_dated_by_their_article_keep_the_story_timeline_s_rules_one_per_sentence_and_no_quote_cue_or_form_of_be()
    {
        var byArticle = TimelineOf("Yoon").Where(e => e.Entry.DatedBy == DatedBy.Article).Select(e => e.Entry).ToList();

        Assert.Equal(byArticle.Count, byArticle.DistinctBy(e => (e.DocumentId, e.Event.Sentence)).Count());
        Assert.DoesNotContain(byArticle, e => e.Triggers.Any(t => t.Text is "said" or "says" or "is" or "was" or "has" or "had"));
        // "It will be the third recent meeting between Yoon and Kishida": the named-class event, not "be" or "charging".
        Assert.Contains(byArticle, e => e.Trigger == "meeting" && e.Event.Class == EventClass.Meeting);
    }

    [Fact]
    public void The_story_timeline_holds_only_entries_dated_by_their_text()
    {
        Assert.All(StoryTimeline.Of(Samples.Value), e => Assert.Equal(DatedBy.Text, e.DatedBy));
    }

    [Fact]
    public void Only_the_events_of_an_article_with_no_date_whose_sentence_gives_none_are_counted_as_on_no_timeline()
    {
        var pipeline = DossierPipeline.Create();
        var text = "Yoon Suk Yeol pledged to improve ties with Japan. He met Fumio Kishida in Tokyo.";
        StoredDocument Stored(long id, DateOnly? published) =>
            new(id, pipeline.Annotate(new Document(text, new DocumentSource($"{id}.txt"), published)), DateTimeOffset.UnixEpoch);
        var dated = new LinkedArticles([Stored(1, new DateOnly(2023, 3, 6))]);
        var undated = new LinkedArticles([Stored(1, null)]);

        Assert.Equal(0, ActorTimeline.Undated(dated, EntityFilter.Find(dated, "Yoon")!));
        Assert.Contains(ActorTimeline.Of(dated, StoryTimeline.Of(dated), EntityFilter.Find(dated, "Yoon")!),
            e => e.Entry.Value == "2023-03-06" && e.Entry.DatedBy == DatedBy.Article && e.Entry.Context.StartsWith("Yoon Suk Yeol pledged", StringComparison.Ordinal));
        Assert.True(ActorTimeline.Undated(undated, EntityFilter.Find(undated, "Yoon")!) > 0);
        Assert.Empty(ActorTimeline.Of(undated, StoryTimeline.Of(undated), EntityFilter.Find(undated, "Yoon")!));
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
