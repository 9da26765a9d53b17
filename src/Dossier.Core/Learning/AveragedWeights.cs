namespace Dossier.Learning;

/// <summary>
/// The weights of an averaged perceptron while it trains (Collins 2002, with Daumé's averaging
/// trick): each update is also added to a running total scaled by the step it was made at, so the
/// average over all steps comes out at the end without summing the weights after every example.
/// Features are hashed keys; each gets a row the first time it is seen. The binary and the ranking
/// perceptron differ only in how one example scores and updates; the passes are <see cref="Train"/>'s.
/// </summary>
internal sealed class AveragedWeights
{
    private readonly Dictionary<ulong, int> rows = [];
    private readonly List<ulong> keys = [];
    private readonly List<float> weights = [];
    private readonly List<float> totals = [];

    /// <summary>How many examples have been seen, plus one.</summary>
    private int step = 1;

    /// <summary>The rows of these keys, given new rows where unseen.</summary>
    public int[] Rows(ulong[] features) => Array.ConvertAll(features, key =>
    {
        if (!rows.TryGetValue(key, out var row))
        {
            row = rows[key] = keys.Count;
            keys.Add(key);
            weights.Add(0f);
            totals.Add(0f);
        }
        return row;
    });

    /// <summary>The current (not averaged) weight of a key, 0 when unseen; what a structured model decodes with while it trains.</summary>
    public float Weight(ulong key) => rows.TryGetValue(key, out var row) ? weights[row] : 0f;

    public float Score(int[] features)
    {
        var score = 0f;
        foreach (var row in features)
        {
            score += weights[row];
        }
        return score;
    }

    public void Update(int[] features, float delta)
    {
        foreach (var row in features)
        {
            weights[row] += delta;
            totals[row] += delta * step;
        }
    }

    /// <summary>
    /// Passes <paramref name="epochs"/> times over the examples <c>0 … count - 1</c>, each pass in an
    /// order shuffled with <paramref name="seed"/> (so the same examples give the same weights), one step per example.
    /// </summary>
    /// <param name="learn">Scores example <c>e</c>, updates the weights if it is wrong, and says whether it was.</param>
    /// <param name="epochDone">Receives each pass's number, from 1, and how many examples it got wrong.</param>
    /// <returns>The weights averaged over every step, by feature key, without those too small to matter.</returns>
    public Dictionary<ulong, float> Train(int count, int epochs, int seed, Func<int, bool> learn, Action<int, int>? epochDone)
    {
        var order = Enumerable.Range(0, count).ToArray();
        var random = new Random(seed);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var e in order)
            {
                if (learn(e))
                {
                    errors++;
                }
                step++;
            }
            epochDone?.Invoke(epoch, errors);
        }
        return Averaged();
    }

    private Dictionary<ulong, float> Averaged()
    {
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
