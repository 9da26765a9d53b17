using Dossier.Learning;

namespace Dossier.Quotes.Internal;

/// <summary>
/// Trains an averaged perceptron that ranks the candidates of each example (Collins 2002): when the
/// best-scoring candidate is not the gold one, the weights move toward the gold candidate's
/// features and away from the chosen one's. Shuffles with a fixed seed, so it is repeatable.
/// </summary>
internal static class RankingPerceptron
{
    public static Dictionary<ulong, float> Train(IReadOnlyList<(ulong[][] Candidates, int Gold)> examples, int epochs, int seed, Action<int, int>? epochDone = null)
    {
        var weights = new AveragedWeights();
        var rows = examples.Select(example => Array.ConvertAll(example.Candidates, weights.Rows)).ToArray();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var e in order)
            {
                var candidates = rows[e];
                var gold = examples[e].Gold;
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < candidates.Length; c++)
                {
                    if (weights.Score(candidates[c]) is var score && score > bestScore)
                    {
                        (best, bestScore) = (c, score);
                    }
                }
                if (best != gold)
                {
                    errors++;
                    weights.Update(candidates[gold], 1f);
                    weights.Update(candidates[best], -1f);
                }
                weights.Advance();
            }
            epochDone?.Invoke(epoch, errors);
        }
        return weights.Averaged();
    }
}
