using System.Collections.Immutable;

namespace Dossier.Quotes.Tests;

public sealed class AttributionScorerTests
{
    private const string Text = "Lee said the talks went well and that more would follow soon.";

    private static Attribution Gold(int start, int end, TextSpan? source) => new([new TextSpan(start, end)], source, null);

    private static AttributionScores Score(ImmutableArray<Attribution> gold, ImmutableArray<Attribution> predicted) =>
        AttributionScorer.Score([(Text, gold, predicted)]);

    [Fact]
    public void Content_overlapping_half_of_the_longer_span_matches_and_a_right_source_counts_as_attribution()
    {
        var gold = ImmutableArray.Create(Gold(9, 61, new TextSpan(0, 3)));
        var predicted = ImmutableArray.Create(Gold(9, 40, new TextSpan(0, 3)));

        var scores = Score(gold, predicted);

        Assert.Equal(1, scores.ContentOverlap.Correct);
        Assert.Equal(0, scores.ContentExact.Correct);
        Assert.Equal(1, scores.Attribution.Correct);
        Assert.Equal(1.0, scores.SourceAccuracy);
    }

    [Fact]
    public void Content_sharing_less_than_half_does_not_match()
    {
        var gold = ImmutableArray.Create(Gold(9, 61, new TextSpan(0, 3)));
        var predicted = ImmutableArray.Create(Gold(9, 30, new TextSpan(0, 3)));

        Assert.Equal(0, Score(gold, predicted).ContentOverlap.Correct);
    }

    [Fact]
    public void A_matched_content_with_the_wrong_source_is_not_a_correct_attribution()
    {
        var gold = ImmutableArray.Create(Gold(9, 61, new TextSpan(0, 3)));
        var predicted = ImmutableArray.Create(Gold(9, 61, null));

        var scores = Score(gold, predicted);

        Assert.Equal(1, scores.ContentExact.Correct);
        Assert.Equal(0, scores.Attribution.Correct);
        Assert.Equal(0.0, scores.SourceAccuracy);
    }

    [Fact]
    public void Each_gold_attribution_matches_at_most_one_prediction()
    {
        var gold = ImmutableArray.Create(Gold(9, 61, null));
        var predicted = ImmutableArray.Create(Gold(9, 61, null), Gold(9, 60, null));

        var scores = Score(gold, predicted);

        Assert.Equal(1, scores.ContentOverlap.Correct);
        Assert.Equal(0.5, scores.ContentOverlap.Precision);
    }
}
