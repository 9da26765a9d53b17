namespace Dossier.Time.Tests;

public sealed class TimexScorerTests
{
    private static TimeExpression Timex(int start, int end, TimexType type, string value) => new(new TextSpan(start, end), type, value);

    [Fact]
    public void Exact_spans_count_for_strict_and_relaxed_extent()
    {
        var gold = new[] { Timex(0, 9, TimexType.Date, "2022-11-02") };
        var predicted = new[] { Timex(0, 9, TimexType.Date, "2022-11-02") };

        var scores = TimexScorer.Score(gold, predicted);

        Assert.Equal(1.0, scores.StrictF1);
        Assert.Equal(1.0, scores.RelaxedF1);
        Assert.Equal(1.0, scores.ValueF1);
    }

    [Fact]
    public void Overlapping_spans_count_only_for_relaxed_extent()
    {
        var gold = new[] { Timex(10, 19, TimexType.Date, "2023-W08") };
        var predicted = new[] { Timex(6, 19, TimexType.Date, "2023-W08") };

        var scores = TimexScorer.Score(gold, predicted);

        Assert.Equal(0.0, scores.StrictF1);
        Assert.Equal(1.0, scores.RelaxedF1);
        Assert.Equal(1.0, scores.TypeF1);
    }

    [Fact]
    public void Value_F1_is_relaxed_F1_times_value_accuracy()
    {
        var gold = new[] { Timex(0, 5, TimexType.Date, "2022"), Timex(10, 15, TimexType.Duration, "P2D"), Timex(20, 25, TimexType.Set, "P1Y") };
        var predicted = new[] { Timex(0, 5, TimexType.Date, "2022"), Timex(10, 15, TimexType.Duration, "P3D"), Timex(30, 35, TimexType.Date, "2021") };

        var scores = TimexScorer.Score(gold, predicted);

        // 2 of 3 predicted overlap gold and 2 of 3 gold are found: relaxed F1 2/3; 1 of the 2 matches has the right value.
        Assert.Equal(2.0 / 3, scores.RelaxedF1, 6);
        Assert.Equal(0.5, scores.ValueAccuracy, 6);
        Assert.Equal(1.0 / 3, scores.ValueF1, 6);
        Assert.Equal(2.0 / 3, scores.TypeF1, 6);
    }

    [Fact]
    public void Scores_add_up_over_documents()
    {
        var one = TimexScorer.Score([Timex(0, 4, TimexType.Date, "2022")], [Timex(0, 4, TimexType.Date, "2022")]);
        var two = TimexScorer.Score([Timex(0, 4, TimexType.Date, "2021")], []);

        var total = one + two;

        Assert.Equal(2, total.Gold);
        Assert.Equal(1, total.Predicted);
        Assert.Equal(0.5, total.StrictRecall);
        Assert.Equal(1.0, total.StrictPrecision);
    }
}
