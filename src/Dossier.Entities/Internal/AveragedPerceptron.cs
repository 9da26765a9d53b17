namespace Dossier.Entities.Internal;

/// <summary>
/// Structured perceptron weights with averaging (Collins 2002). Alongside each weight it keeps
/// the sum of <c>step × update</c>, so the average over all steps is <c>w − total / step</c>
/// without touching every weight at every step (Daumé's trick).
/// </summary>
internal sealed class AveragedPerceptron
{
    private const int T = TagSet.Count;

    private readonly float[] _totals;
    private readonly float[] _transitionTotals;
    private int _step = 1;

    public AveragedPerceptron(int features)
    {
        Weights = new float[features * T];
        _totals = new float[features * T];
        Transitions = new float[Viterbi.TransitionLength];
        _transitionTotals = new float[Viterbi.TransitionLength];
    }

    public float[] Weights { get; }

    public float[] Transitions { get; }

    /// <summary>Moves the weights toward the gold tags and away from the predicted ones, for one sentence.</summary>
    /// <param name="rows">Each token's feature rows: token <c>i</c> has <c>rows[offsets[i]..offsets[i + 1]]</c>.</param>
    public void Update(ReadOnlySpan<int> rows, ReadOnlySpan<int> offsets, ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var step = _step++;
        if (gold.SequenceEqual(predicted))
        {
            return;
        }
        for (var i = 0; i < gold.Length; i++)
        {
            if (gold[i] == predicted[i])
            {
                continue;
            }
            foreach (var row in rows[offsets[i]..offsets[i + 1]])
            {
                Add(Weights, _totals, (row * T) + gold[i], 1, step);
                Add(Weights, _totals, (row * T) + predicted[i], -1, step);
            }
        }
        for (var i = 0; i <= gold.Length; i++)
        {
            Add(Transitions, _transitionTotals, TransitionIndex(gold, i), 1, step);
            Add(Transitions, _transitionTotals, TransitionIndex(predicted, i), -1, step);
        }
    }

    /// <summary>The averaged weights and transitions as they stand now.</summary>
    public (float[] Weights, float[] Transitions) Average()
    {
        return (Average(Weights, _totals), Average(Transitions, _transitionTotals));
    }

    private float[] Average(float[] weights, float[] totals)
    {
        var result = new float[weights.Length];
        var steps = (float)_step;
        for (var i = 0; i < weights.Length; i++)
        {
            result[i] = weights[i] - (totals[i] / steps);
        }
        return result;
    }

    /// <summary>Index of the transition into position <paramref name="i"/>; <c>i == length</c> is the end.</summary>
    private static int TransitionIndex(ReadOnlySpan<int> tags, int i)
    {
        if (i == 0)
        {
            return (T * T) + tags[0];
        }
        if (i == tags.Length)
        {
            return ((T + 1) * T) + tags[^1];
        }
        return (tags[i - 1] * T) + tags[i];
    }

    private static void Add(float[] weights, float[] totals, int index, float delta, int step)
    {
        weights[index] += delta;
        totals[index] += delta * step;
    }
}
