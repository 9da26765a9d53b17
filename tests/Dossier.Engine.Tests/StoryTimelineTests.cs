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

    [Theory]
    [InlineData("2022-11-02", 1, "met", EventClass.Meeting, "Wednesday", "Taro Aso", "Yoon Suk Yeol")]
    [InlineData("2022-11-02", 1, "fired", EventClass.MilitaryAction, "Wednesday", "North Korea")]
    [InlineData("2018", 1, "ruling", EventClass.LegalRuling, "2018", "South Korean Supreme Court")]
    [InlineData("2018", 2, "rulings", EventClass.LegalRuling, "2018", "Supreme Court")]
    [InlineData("1965", 1, "treaty", EventClass.Agreement, "1965")]
    [InlineData("2023-05-19", 3, "summit", EventClass.Meeting, "Friday", "Group of Seven")]
    [InlineData("2023-05-21", 3, "meet", EventClass.Meeting, "Sunday", "Fumio Kishida", "Yoon Suk Yeol")]
    [InlineData("2023-02-28", 2, "talked", EventClass.Meeting, "Tuesday", "Park Jin")]
    [InlineData("2022", 1, "launches", EventClass.MilitaryAction, "this year", "North Korea")]
    public void Has_the_event_a_reader_finds_in_the_samples(string value, long article, string trigger, EventClass kind, string time, params string[] who)
    {
        var entry = Timeline.Value.SingleOrDefault(e => e.DocumentId == article && e.Trigger == trigger && e.Value == value);

        Assert.True(entry is not null, $"no '{trigger}' on {value} in article {article}; the timeline has: {string.Join("; ", Timeline.Value.Select(e => $"{e.Value} {e.Trigger} ({e.DocumentId})"))}");
        Assert.Equal(kind, entry.Event.Class);
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
        Assert.Equal("1953", Timeline.Value[0].Value);
        Assert.True(Timeline.Value.Count < 60, $"a timeline of the three samples should be readable, not every verb: {Timeline.Value.Count} entries");
    }

    [Fact]
    public void Leaves_out_states_named_by_be_and_have()
    {
        Assert.DoesNotContain(Timeline.Value, e => e.Trigger is "is" or "was" or "has" or "had" or "been");
    }
}
