namespace Dossier.Learning;

/// <summary>
/// Trains a structured averaged perceptron (Collins 2002): each example is decoded with the current
/// weights, and where the decoded structure differs from the gold one, the weights move toward the
/// gold structure's features and away from the decoded one's. The caller decodes (Viterbi over a
/// sentence, say); this class keeps the weights and the passes. Shuffles with a fixed seed, so the
/// same examples give the same weights.
/// </summary>
public static class StructuredPerceptron
{
    /// <param name="decode">
    /// Decodes example <c>e</c> with the given weight of a feature key, and returns the keys the gold
    /// structure fires and those the decoded one fires (a key fired twice counts twice), or null when
    /// the decoded structure is the gold one.
    /// </param>
    /// <returns>Averaged weights by feature key, without those too small to matter.</returns>
    public static Dictionary<ulong, float> Train(int count, int epochs, int seed, Func<int, Func<ulong, float>, (ulong[] Gold, ulong[] Decoded)?> decode, Action<int, int>? epochDone = null)
    {
        var weights = new AveragedWeights();
        Func<ulong, float> weight = weights.Weight;
        return weights.Train(count, epochs, seed, e =>
        {
            if (decode(e, weight) is not { } wrong)
            {
                return false;
            }
            weights.Update(weights.Rows(wrong.Gold), 1f);
            weights.Update(weights.Rows(wrong.Decoded), -1f);
            return true;
        }, epochDone);
    }
}
