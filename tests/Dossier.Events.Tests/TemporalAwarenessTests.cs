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

    [Fact]
    public void Events_of_one_date_on_two_ranks_stay_ordered_since_a_date_includes_its_events()
    {
        var gold = Timeline("""
            3|1985|18355-7-fired
            4|1985|18355-7-founded
            """);
        var swapped = Timeline("""
            3|1985|18355-7-founded
            4|1985|18355-7-fired
            """);

        var score = TemporalAwareness.Score(gold, swapped);

        // Both dates hold on both sides; the one BEFORE is reversed.
        Assert.Equal(new AwarenessScore(2, 3, 2, 3), score);
    }

    [Fact]
    public void Unknown_parts_of_a_date_are_cut_and_a_date_with_no_year_ties_nothing()
    {
        var gold = Timeline("""
            1|2008-03-XX|11212-2-released
            2|XXXX-XX-XX|11212-3-update
            """);
        var system = Timeline("""
            1|2008-03|11212-2-released
            2|XXX-XX-XX|11212-3-update
            """);

        var score = TemporalAwareness.Score(gold, system);

        // released in 2008-03 and released < update, on both sides.
        Assert.Equal(new AwarenessScore(2, 2, 2, 2), score);
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
