using Dossier.Ingest;
using Dossier.Store;
using Dossier.Testing;

namespace Dossier.Engine.Tests;

/// <summary>
/// The story timeline of the three sample articles, as a journalist reading them would draw it:
/// each entry is the date, the word naming the event, its kind, and who took part under the
/// who's who name. The samples are article 1 (2022-11-02), 2 (2023-02-28) and 3 (2023-05-18).
/// </summary>
public sealed class StoryTimelineTests
{
    private static readonly Lazy<IReadOnlyList<TimelineEntry>> Timeline = new(() =>
    {
        var pipeline = DossierPipeline.Create();
        var reader = new ArticleReader();
        var documents = ArticleReader.ExpandPaths([RepoPaths.Samples])
            .SelectMany(reader.ReadFile)
            .Select((item, i) => new StoredDocument(i + 1, pipeline.Annotate(item.Document!), DateTimeOffset.UnixEpoch))
            .ToList();
        return StoryTimeline.Of(new LinkedArticles(documents));
    });

    private static string Listing() => string.Join("; ", Timeline.Value.Select(e => $"{e.Value} {string.Join(",", e.Triggers.Select(t => t.Text))} ({e.DocumentId})"));

    private static IReadOnlyList<TimelineEntry> TimelineOf(string text, DateOnly date)
    {
        var document = DossierPipeline.Create().Annotate(new Document(text, new DocumentSource("acme.txt"), date));
        return StoryTimeline.Of(new LinkedArticles([new StoredDocument(1, document, DateTimeOffset.UnixEpoch)]));
    }

    [Theory]
    [InlineData("2022-11-02", 1, "met", EventClass.Meeting, "Wednesday", "Taro Aso", "Yoon Suk Yeol")]
    [InlineData("2022-11-02", 1, "fired", EventClass.MilitaryAction, "Wednesday", "North Korea")]
    [InlineData("2018", 1, "ruling", EventClass.LegalRuling, "2018", "South Korean Supreme Court")]
    [InlineData("2018", 2, "rulings", EventClass.LegalRuling, "2018", "Supreme Court")]
    [InlineData("1965", 1, "treaty", EventClass.Agreement, "1965")]
    [InlineData("2023-05-19", 3, "summit", EventClass.Meeting, "Friday", "Group of Seven")]
    [InlineData("2023-05-19", 3, "meet", EventClass.Meeting, "Friday", "Group of Seven")]
    [InlineData("2023-05-21", 3, "meet", EventClass.Meeting, "Sunday", "Fumio Kishida", "Yoon Suk Yeol")]
    [InlineData("2023-02-28", 2, "talked", EventClass.Meeting, "Tuesday", "Park Jin")]
    [InlineData("2022", 1, "launches", EventClass.MilitaryAction, "this year", "North Korea")]
    public void Has_the_event_a_reader_finds_in_the_samples(string value, long article, string trigger, EventClass kind, string time, params string[] who)
    {
        var entry = Timeline.Value.SingleOrDefault(e => e.DocumentId == article && e.Value == value && e.Triggers.Any(t => t.Text == trigger));

        Assert.True(entry is not null, $"no '{trigger}' on {value} in article {article}; the timeline has: {Listing()}");
        Assert.Equal(kind, entry.Triggers.Single(t => t.Text == trigger).Class);
        Assert.Equal(time, entry.TimeText);
        Assert.Equal(who, entry.Participants.Select(p => p.Name).Distinct().ToArray());
        Assert.Contains(trigger, entry.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void The_meeting_in_seoul_names_aso_as_the_one_who_met_and_yoon_as_whom_he_met()
    {
        var met = Timeline.Value.Single(e => e.DocumentId == 1 && e.Trigger == "met");

        Assert.Equal([("Taro Aso", ParticipantRole.Agent), ("Yoon Suk-yeol", ParticipantRole.Other)],
            met.Participants.Select(p => (p.Text, p.Role)).ToArray());
        Assert.Equal(EntityType.Person, met.Participants[1].Type);
    }

    [Fact]
    public void Runs_in_date_order_with_coarser_dates_first()
    {
        var years = Timeline.Value.Select(e => e.Value[..4]).ToList();

        Assert.Equal(years.Order(StringComparer.Ordinal), years);
        Assert.True(Timeline.Value.Select(e => e.Value).SkipWhile(v => v != "2022-W43-WE").SkipWhile(v => v == "2022-W43-WE").First() == "2022-11-02",
            "the weekend before an article of Wednesday 2022-11-02 comes before that Wednesday");
        Assert.Equal("1965", Timeline.Value[0].Value);
        Assert.True(Timeline.Value.Count < 60, $"a timeline of the three samples should be readable, not every verb: {Timeline.Value.Count} entries");
    }

    [Fact]
    public void Gathers_the_events_one_sentence_ties_to_one_date_into_one_entry()
    {
        var treaty = Timeline.Value.Single(e => e.DocumentId == 1 && e.Value == "1965");
        var aso = Timeline.Value.Single(e => e.DocumentId == 1 && e.Triggers.Any(t => t.Text == "met"));

        Assert.Equal(["treaty", "normalized"], treaty.Triggers.Select(t => t.Text).ToArray());
        Assert.Equal("treaty", treaty.Trigger);
        Assert.Equal(["met", "talks"], aso.Triggers.Select(t => t.Text).ToArray());
        Assert.Equal(["Taro Aso", "Yoon Suk Yeol"], aso.Participants.Select(p => p.Name).ToArray());
        Assert.DoesNotContain(Timeline.Value.GroupBy(e => (e.DocumentId, e.Event.Sentence, e.Value)), g => g.Count() > 1);
    }

    [Fact]
    public void Shows_the_first_event_of_a_named_class_as_the_main_one_and_leaves_out_words_of_no_named_class_beside_it()
    {
        var sunday = Timeline.Value.Single(e => e.DocumentId == 3 && e.Value == "2023-05-21");
        var wednesday = Timeline.Value.Single(e => e.DocumentId == 1 && e.Triggers.Any(t => t.Text == "met"));

        Assert.Equal("meet", sunday.Trigger);
        Assert.Equal(["meet", "gathering"], sunday.Triggers.Select(t => t.Text).ToArray());
        Assert.DoesNotContain(wednesday.Triggers, t => t.Text is "rose" or "dispute" or "compensation");
    }

    [Fact]
    public void Leaves_reporting_words_that_cue_a_quote_to_the_quotes()
    {
        var elections = Timeline.Value.Single(e => e.DocumentId == 2 && e.Value == "2024");

        Assert.DoesNotContain(Timeline.Value, e => e.Triggers.Any(t => t.Text is "according" or "added" or "saying" or "announced"));
        Assert.DoesNotContain(Timeline.Value, e => e.Value == "1953");
        Assert.Equal(["elections"], elections.Triggers.Select(t => t.Text).ToArray());
        Assert.Contains(Timeline.Value, e => e.DocumentId == 2 && e.Trigger == "talked" && e.Event.Class == EventClass.Meeting);
    }

    [Fact]
    public void Marks_an_entry_of_no_named_class_weak_when_no_one_takes_part()
    {
        var address = Timeline.Value.Single(e => e.DocumentId == 2 && e.Value == "2022-08");
        var bring = Timeline.Value.Single(e => e.DocumentId == 2 && e.Value == "2023-02");

        Assert.True(address.Weak, "'another opportunity to directly address the public' names no one");
        Assert.False(bring.Weak, "'to bring closure, given Yoon's trip' has Yoon taking part");
        Assert.DoesNotContain(Timeline.Value, e => e.Weak && e.Event.Class != EventClass.Other);
    }

    [Fact]
    public void Marks_an_entry_of_no_named_class_weak_when_its_date_only_bounds_it()
    {
        var entries = TimelineOf("Barclays shares rose to their highest level since August 2002. Barclays bought the Zenith brewery in May 2004.", new DateOnly(2005, 2, 1));

        var since = entries.Single(e => e.Value == "2002-08");
        var bought = entries.Single(e => e.Value == "2004-05");

        Assert.Equal("rose", since.Trigger);
        Assert.NotEmpty(since.Participants);
        Assert.True(since.Weak, "a level 'since August 2002' does not say the shares rose in August 2002");
        Assert.Equal("bought", bought.Trigger);
        Assert.False(bought.Weak);
    }

    [Fact]
    public void Leaves_out_states_named_by_be_and_have()
    {
        Assert.DoesNotContain(Timeline.Value, e => e.Trigger is "is" or "was" or "has" or "had" or "been");
    }
}
