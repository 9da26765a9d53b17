namespace Dossier.Evaluation;

/// <summary>
/// Pairs gold annotations with predicted ones, each used at most once, best-scoring pair first:
/// the greedy matching that TempEval-3 and attribution scorers apply to overlapping spans.
/// </summary>
public static class OneToOneMatch
{
    /// <param name="score">The pair's score, or null when the two may not be paired at all.</param>
    /// <returns>Index pairs into <paramref name="goldCount"/> and <paramref name="predictedCount"/> items, in the order they were taken.</returns>
    public static List<(int Gold, int Predicted)> Pairs(int goldCount, int predictedCount, Func<int, int, double?> score)
    {
        var candidates = new List<(double Score, int Gold, int Predicted)>();
        for (var g = 0; g < goldCount; g++)
        {
            for (var p = 0; p < predictedCount; p++)
            {
                if (score(g, p) is { } value)
                {
                    candidates.Add((value, g, p));
                }
            }
        }
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));

        var goldUsed = new bool[goldCount];
        var predictedUsed = new bool[predictedCount];
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
        {
            if (!goldUsed[g] && !predictedUsed[p])
            {
                goldUsed[g] = predictedUsed[p] = true;
                pairs.Add((g, p));
            }
        }
        return pairs;
    }
}
