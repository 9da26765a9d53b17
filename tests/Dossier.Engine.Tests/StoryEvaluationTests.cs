namespace Dossier.Engine.Tests;

public sealed class StoryEvaluationTests
{
    [Fact]
    public void Scores_b_cubed_precision_and_recall_per_article()
    {
        // Gold: a = {1, 2, 3}, b = {4}. Found: {1, 2} and {3, 4}.
        var gold = new Dictionary<long, string> { [1] = "a", [2] = "a", [3] = "a", [4] = "b" };
        var found = new Dictionary<long, long> { [1] = 1, [2] = 1, [3] = 3, [4] = 3 };

        var scores = StoryEvaluation.Score(found, gold);

        // Precision: 1, 1, 1/2, 1/2. Recall: 2/3, 2/3, 1/3, 1.
        Assert.Equal(0.75, scores.Precision, 6);
        Assert.Equal((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, scores.Recall, 6);
        Assert.Equal(0.75, scores.Purity, 6);
        var a = Assert.Single(scores.Groups);
        Assert.Equal(("a", 3, 2, 2, 0), (a.Gold, a.Articles, a.Stories, a.Largest, a.Intruders));
    }

    [Fact]
    public void Gives_full_marks_when_the_stories_are_the_gold_ones()
    {
        var gold = new Dictionary<long, string> { [1] = "a", [2] = "a", [3] = "b" };
        var found = new Dictionary<long, long> { [1] = 1, [2] = 1, [3] = 3 };

        var scores = StoryEvaluation.Score(found, gold);

        Assert.Equal((1.0, 1.0, 1.0, 1.0), (scores.Precision, scores.Recall, scores.F1, scores.Purity));
    }
}
