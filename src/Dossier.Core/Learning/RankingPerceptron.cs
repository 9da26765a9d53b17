namespace Dossier.Learning;

/// <summary>
/// Trains an averaged perceptron that ranks the candidates of each example (Collins 2002): when the
/// best-scoring candidate is not the gold one, the weights move toward the gold candidate's
/// features and away from the chosen one's. Shuffles with a fixed seed, so it is repeatable.
/// </summary>
public static class RankingPerceptron
{
    /// <summary>Averaged weights by feature key, without those too small to matter.</summary>
    public static Dictionary<ulong, float> Train(IReadOnlyList<(ulong[][] Candidates, int Gold)> examples, int epochs, int seed, Action<int, int>? epochDone = null)
    {
        var weights = new AveragedWeights();
        var rows = examples.Select(example => Array.ConvertAll(example.Candidates, weights.Rows)).ToArray();
        return weights.Train(examples.Count, epochs, seed, e =>
        {
            var candidates = rows[e];
            var best = 0;
            var bestScore = float.NegativeInfinity;
            for (var c = 0; c < candidates.Length; c++)
            {
                if (weights.Score(candidates[c]) is var score && score > bestScore)
                {
                    (best, bestScore) = (c, score);
                }
            }
            var gold = examples[e].Gold;
            if (best == gold)
            {
                return false;
            }
            weights.Update(candidates[gold], 1f);
            weights.Update(candidates[best], -1f);
            return true;
        }, epochDone);
    }
}
