namespace Dossier.Quotes.Internal;

/// <summary>
/// The features of a sentence's tokens for a first-order linear-chain model: unary ones, hashed
/// with a token's label, and pair ones, hashed with the pair of its label and the one before.
/// </summary>
internal interface IChainFeatures
{
    /// <summary>Writes the label-free unary features of the token; returns how many.</summary>
    int Unary(int token, Span<ulong> keys);

    /// <summary>Writes the label-pair features of the token; returns how many.</summary>
    int Pair(int token, Span<ulong> keys);
}

/// <summary>The feature keys a labelling fires, for a structured perceptron's update.</summary>
internal static class ChainKeys
{
    private const int MaxPerToken = 64;

    /// <param name="labels">The labels of tokens <c>first, first + 1, …</c>.</param>
    /// <param name="start">The label standing before the first token.</param>
    public static ulong[] Of(IChainFeatures features, int first, int[] labels, int start, Func<ulong, int, ulong> unaryKey, Func<ulong, int, int, ulong> pairKey)
    {
        Span<ulong> buffer = stackalloc ulong[MaxPerToken];
        var keys = new List<ulong>(labels.Length * MaxPerToken / 2);
        for (var t = 0; t < labels.Length; t++)
        {
            var previous = t == 0 ? start : labels[t - 1];
            foreach (var key in buffer[..features.Unary(first + t, buffer)])
            {
                keys.Add(unaryKey(key, labels[t]));
            }
            foreach (var key in buffer[..features.Pair(first + t, buffer)])
            {
                keys.Add(pairKey(key, previous, labels[t]));
            }
        }
        return [.. keys];
    }
}
