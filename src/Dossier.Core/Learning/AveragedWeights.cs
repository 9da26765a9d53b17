namespace Dossier.Learning;

/// <summary>
/// The weights of an averaged perceptron while it trains (Collins 2002, with Daumé's averaging
/// trick): each update is also added to a running total scaled by the step it was made at, so the
/// average over all steps comes out at the end without summing the weights after every example.
/// Features are hashed keys; each gets a row the first time it is seen.
/// </summary>
public sealed class AveragedWeights
{
    private readonly Dictionary<ulong, int> rows = [];
    private readonly List<ulong> keys = [];
    private readonly List<float> weights = [];
    private readonly List<float> totals = [];

    /// <summary>How many examples have been seen, plus one.</summary>
    public int Step { get; private set; } = 1;

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
            totals[row] += delta * Step;
        }
    }

    /// <summary>Moves on to the next example.</summary>
    public void Advance() => Step++;

    /// <summary>The weights averaged over every step, by feature key, without those too small to matter.</summary>
    public Dictionary<ulong, float> Averaged()
    {
        var averaged = new Dictionary<ulong, float>();
        for (var row = 0; row < keys.Count; row++)
        {
            var value = weights[row] - (totals[row] / Step);
            if (Math.Abs(value) >= 0.01f)
            {
                averaged[keys[row]] = value;
            }
        }
        return averaged;
    }
}
