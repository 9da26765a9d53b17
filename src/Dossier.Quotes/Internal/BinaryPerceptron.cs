namespace Dossier.Quotes.Internal;

/// <summary>
/// Trains a binary averaged perceptron (Collins 2002, with Daumé's averaging trick) over examples
/// given as feature keys. Shuffles with a fixed seed, so the same examples give the same weights.
/// </summary>
internal static class BinaryPerceptron
{
    /// <summary>Averaged weights by feature key, without those too small to matter.</summary>
    public static Dictionary<ulong, float> Train(IReadOnlyList<(ulong[] Keys, bool Positive)> examples, int epochs, int seed, Action<int, int>? epochDone = null)
    {
        var index = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var rows = new int[examples.Count][];
        for (var e = 0; e < examples.Count; e++)
        {
            rows[e] = Array.ConvertAll(examples[e].Keys, key =>
            {
                if (!index.TryGetValue(key, out var row))
                {
                    row = index[key] = keys.Count;
                    keys.Add(key);
                }
                return row;
            });
        }

        var weights = new float[keys.Count];
        var totals = new float[keys.Count];
        var step = 1;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var e in order)
            {
                var score = 0f;
                foreach (var row in rows[e])
                {
                    score += weights[row];
                }
                var positive = examples[e].Positive;
                if ((score > 0) != positive)
                {
                    errors++;
                    var delta = positive ? 1f : -1f;
                    foreach (var row in rows[e])
                    {
                        weights[row] += delta;
                        totals[row] += delta * step;
                    }
                }
                step++;
            }
            epochDone?.Invoke(epoch, errors);
        }

        var averaged = new Dictionary<ulong, float>();
        for (var row = 0; row < keys.Count; row++)
        {
            var value = weights[row] - (totals[row] / step);
            if (Math.Abs(value) >= 0.01f)
            {
                averaged[keys[row]] = value;
            }
        }
        return averaged;
    }
}
