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
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var e in order)
            {
                var positive = examples[e].Positive;
                if ((weights.Score(rows[e]) > 0) != positive)
                {
                    errors++;
                    weights.Update(rows[e], positive ? 1f : -1f);
                }
                weights.Advance();
            }
            epochDone?.Invoke(epoch, errors);
        }
        return weights.Averaged();
    }
}
