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
        var weights = new Dictionary<ulong, float>();
        var totals = new Dictionary<ulong, float>();
        var step = 1;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var e in order)
            {
                var (candidates, gold) = examples[e];
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < candidates.Length; c++)
                {
                    var score = 0f;
                    foreach (var key in candidates[c])
                    {
                        score += weights.GetValueOrDefault(key);
                    }
                    if (score > bestScore)
                    {
                        (best, bestScore) = (c, score);
                    }
                }
                if (best != gold)
                {
                    errors++;
                    Update(weights, totals, candidates[gold], 1f, step);
                    Update(weights, totals, candidates[best], -1f, step);
                }
                step++;
            }
            epochDone?.Invoke(epoch, errors);
        }
        var averaged = new Dictionary<ulong, float>();
        foreach (var (key, weight) in weights)
        {
            var value = weight - (totals[key] / step);
            if (Math.Abs(value) >= 0.01f)
            {
                averaged[key] = value;
            }
        }
        return averaged;
    }

    private static void Update(Dictionary<ulong, float> weights, Dictionary<ulong, float> totals, ulong[] keys, float delta, int step)
    {
        foreach (var key in keys)
        {
            weights[key] = weights.GetValueOrDefault(key) + delta;
            totals[key] = totals.GetValueOrDefault(key) + (delta * step);
        }
    }
}
