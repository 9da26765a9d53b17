namespace Dossier.Quotes.Internal;

/// <summary>What a token is to one cue's attribution.</summary>
internal enum SpanLabel : byte
{
    Outside,
    Source,
    Content,
}

/// <summary>
/// Labels the tokens of a cue's sentence as its source, its content or neither, with a first-order
/// linear-chain model decoded by Viterbi (Collins 2002): each token's score for a label sums the
/// weights of its unary features with that label, plus its pair features with the label pair.
/// </summary>
internal static class SpanTagger
{
    public const int Labels = 3;

    /// <summary>The label before a sentence's first token.</summary>
    private const int Start = Labels;

    /// <summary>Each Viterbi state is a label and whether a content label came at or before it.</summary>
    private const int States = Labels * 2;

    public static ulong UnaryKey(ulong feature, int label) => FeatureHash.Mix(feature, (ulong)label + 1);

    public static ulong PairKey(ulong feature, int previous, int label) => FeatureHash.Mix(feature, 16 + ((ulong)previous * 4) + (ulong)label);

    /// <summary>
    /// The best labels for sentence tokens <c>[first, end)</c> around the cue the features are focused on;
    /// with <paramref name="requireContent"/>, the best labels that give the cue some content (the states
    /// carry whether content was seen, so the constraint costs no search).
    /// </summary>
    public static SpanLabel[] Decode(SpanFeatures features, int first, int end, Func<ulong, float> weight, bool requireContent)
    {
        var length = end - first;
        var scores = new float[length, States];
        var back = new int[length, States];
        Span<ulong> unary = stackalloc ulong[SpanFeatures.MaxUnary];
        Span<ulong> pair = stackalloc ulong[SpanFeatures.MaxPair];
        Span<float> emit = stackalloc float[Labels];
        Span<float> transition = stackalloc float[(Labels + 1) * Labels];
        for (var t = 0; t < length; t++)
        {
            var u = unary[..features.Unary(first + t, unary)];
            var p = pair[..features.Pair(first + t, pair)];
            for (var label = 0; label < Labels; label++)
            {
                emit[label] = 0f;
                foreach (var key in u)
                {
                    emit[label] += weight(UnaryKey(key, label));
                }
                for (var before = 0; before <= Labels; before++)
                {
                    var sum = 0f;
                    foreach (var key in p)
                    {
                        sum += weight(PairKey(key, before, label));
                    }
                    transition[(before * Labels) + label] = sum;
                }
            }
            for (var state = 0; state < States; state++)
            {
                var (label, seen) = (state / 2, state % 2 == 1);
                var best = float.NegativeInfinity;
                var from = -1;
                if (t == 0)
                {
                    best = seen == (label == (int)SpanLabel.Content) ? transition[(Start * Labels) + label] : float.NegativeInfinity;
                }
                else
                {
                    for (var previous = 0; previous < States; previous++)
                    {
                        if ((previous % 2 == 1 || label == (int)SpanLabel.Content) != seen)
                        {
                            continue;
                        }
                        var score = scores[t - 1, previous] + transition[(previous / 2 * Labels) + label];
                        if (score > best)
                        {
                            (best, from) = (score, previous);
                        }
                    }
                }
                scores[t, state] = best + emit[label];
                back[t, state] = from;
            }
        }
        var last = requireContent ? 1 : 0;
        for (var state = last + 1; state < States; state++)
        {
            if ((!requireContent || state % 2 == 1) && scores[length - 1, state] > scores[length - 1, last])
            {
                last = state;
            }
        }
        var labels = new SpanLabel[length];
        for (var t = length - 1; t >= 0; t--)
        {
            labels[t] = (SpanLabel)(last / 2);
            last = back[t, last];
        }
        return labels;
    }

    /// <summary>The keys of every feature the labelling fires, unary and pair, for the perceptron's update.</summary>
    public static ulong[] Keys(SpanFeatures features, int first, SpanLabel[] labels)
    {
        Span<ulong> unary = stackalloc ulong[SpanFeatures.MaxUnary];
        Span<ulong> pair = stackalloc ulong[SpanFeatures.MaxPair];
        var keys = new List<ulong>(labels.Length * (SpanFeatures.MaxUnary + SpanFeatures.MaxPair));
        for (var t = 0; t < labels.Length; t++)
        {
            var label = (int)labels[t];
            var previous = t == 0 ? Start : (int)labels[t - 1];
            foreach (var key in unary[..features.Unary(first + t, unary)])
            {
                keys.Add(UnaryKey(key, label));
            }
            foreach (var key in pair[..features.Pair(first + t, pair)])
            {
                keys.Add(PairKey(key, previous, label));
            }
        }
        return [.. keys];
    }
}
