namespace Dossier.Events.Tests;

/// <summary>
/// Temporal awareness on timelines small enough to draw by hand. Each timeline is written as the task
/// writes it; the comments list the reduced relations (−) and what the other side's closure (+) holds.
/// </summary>
public sealed class TemporalAwarenessTests
{
    private static RankedTimeline Timeline(string lines) => RankedTimeline.Parse("Steve Jobs\n" + lines.Replace("|", "\t", StringComparison.Ordinal));

    private const string Keynote = """
        1|2010-06-07|16844-2-unveiled
        1|2010-06-07|16844-5-introducing
        2|2010-06-08|16844-7-reduction
        """;

    [Fact]
    public void A_timeline_scored_against_itself_is_perfect()
    {
        var score = TemporalAwareness.Score(Timeline(Keynote), Timeline(Keynote));

        // unveiled = introducing, unveiled in 06-07, unveiled < reduction, reduction in 06-08.
        Assert.Equal(new AwarenessScore(4, 4, 4, 4), score);
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Ordering_two_simultaneous_events_loses_the_simultaneous_relation_but_keeps_what_the_closure_still_holds()
    {
        var system = Timeline("""
            1|2010-06-07|16844-2-unveiled
            2|2010-06-07|16844-5-introducing
            3|2010-06-08|16844-7-reduction
            """);

        var score = TemporalAwareness.Score(Timeline(Keynote), system);

        // System−: unveiled in 06-07 ✓, unveiled < introducing ✗, introducing in 06-07 ✓ (the gold ties
        // its rank to that date), introducing < reduction ✓, reduction in 06-08 ✓.
        // Gold−: unveiled = introducing ✗, unveiled in 06-07 ✓, unveiled < reduction ✓ (1 < 3), reduction in 06-08 ✓.
        Assert.Equal(new AwarenessScore(4, 5, 3, 4), score);
        Assert.Equal(0.8, score.Precision, 3);
        Assert.Equal(0.75, score.Recall, 3);
    }

    [Fact]
    public void A_relation_the_gold_states_only_through_transitivity_is_verified_by_its_closure()
    {
        var gold = Timeline("""
            1|1976|18355-6-started
            2|1985|18355-7-fired
            3|1996|18355-9-returned
            """);
        var system = Timeline("""
            1|XXXX-XX-XX|18355-6-started
            2|XXXX-XX-XX|18355-9-returned
            """);

        var score = TemporalAwareness.Score(gold, system);

        // System− is the one relation started < returned, which the gold holds only by closure.
        // Gold− has two BEFOREs through "fired", which the system lacks, and three dates.
        Assert.Equal(new AwarenessScore(1, 1, 0, 5), score);
    }

    [Fact]
    public void One_rank_of_three_events_reduces_to_two_relations_not_three()
    {
        var gold = Timeline("""
            1|XXXX-XX-XX|1664-3-announced
            1|XXXX-XX-XX|1664-4-welcomed
            1|XXXX-XX-XX|1664-4-announced
            """);

        var score = TemporalAwareness.Score(gold, gold);

        Assert.Equal(new AwarenessScore(2, 2, 2, 2), score);
    }

    [Theory]
    // Events of one date on two ranks stay ordered, since a date includes its events: both dates hold
    // on both sides, the one BEFORE is reversed.
    [InlineData("3|1985|18355-7-fired\n4|1985|18355-7-founded", "3|1985|18355-7-founded\n4|1985|18355-7-fired", 2, 3, 2, 3)]
    // Unknown parts of a date are cut, and a date with no year ties nothing: released in 2008-03 and
    // released < update, on both sides.
    [InlineData("1|2008-03-XX|11212-2-released\n2|XXXX-XX-XX|11212-3-update", "1|2008-03|11212-2-released\n2|XXX-XX-XX|11212-3-update", 2, 2, 2, 2)]
    public void Dates_tie_events_by_what_the_date_says(string gold, string system, int verified, int systemRelations, int captured, int goldRelations)
    {
        var score = TemporalAwareness.Score(Timeline(gold), Timeline(system));

        Assert.Equal(new AwarenessScore(verified, systemRelations, captured, goldRelations), score);
    }

    [Fact]
    public void Mentions_are_compared_ignoring_case_and_a_missing_system_timeline_scores_nothing()
    {
        var gold = Timeline("1|2010-06-15|16900-2-pre-orders\n2|2010-06-24|16900-12-release");
        var system = Timeline("1|2010-06-15|16900-2-Pre-orders\n2|2010-06-24|16900-12-release");

        Assert.Equal(new AwarenessScore(3, 3, 3, 3), TemporalAwareness.Score(gold, system));
        Assert.Equal(new AwarenessScore(0, 0, 0, 3), TemporalAwareness.Score(gold, new RankedTimeline("Steve Jobs", [])));
    }

    [Fact]
    public void Rank_zero_is_ordered_first_as_the_task_writes_it()
    {
        var gold = Timeline("0|XXXX-XX-XX|18315-4-said\n1|1955-02-24|18355-5-born");

        var score = TemporalAwareness.Score(gold, gold);

        Assert.Equal(new AwarenessScore(2, 2, 2, 2), score);
    }
}
