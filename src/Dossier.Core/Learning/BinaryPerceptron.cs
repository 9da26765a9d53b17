namespace Dossier.Learning;

/// <summary>
/// Trains a binary averaged perceptron over examples given as feature keys. Shuffles with a fixed
/// seed, so the same examples give the same weights.
/// </summary>
public static class BinaryPerceptron
{
    /// <summary>Averaged weights by feature key, without those too small to matter.</summary>
    public static Dictionary<ulong, float> Train(IReadOnlyList<(ulong[] Keys, bool Positive)> examples, int epochs, int seed, Action<int, int>? epochDone = null)
    {
        var weights = new AveragedWeights();
        var rows = examples.Select(example => weights.Rows(example.Keys)).ToArray();
        return weights.Train(examples.Count, epochs, seed, e =>
        {
            var positive = examples[e].Positive;
            if ((weights.Score(rows[e]) > 0) == positive)
            {
                return false;
            }
            weights.Update(rows[e], positive ? 1f : -1f);
            return true;
        }, epochDone);
    }
}
