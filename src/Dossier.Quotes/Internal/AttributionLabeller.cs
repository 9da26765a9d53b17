namespace Dossier.Quotes.Internal;

/// <summary>What a token is in the attributions of its sentence, in BIO form: a token begins or continues a source, cue or content, or is outside all.</summary>
internal enum RoleTag : byte
{
    Outside,
    SourceBegin,
    SourceInside,
    CueBegin,
    CueInside,
    ContentBegin,
    ContentInside,
}

/// <summary>
/// Labels every token of a sentence as source, cue, content or none of an attribution, with no cue
/// given: a first-order linear-chain model decoded by Viterbi (Collins 2002), where an "inside" tag
/// may only follow the "begin" or "inside" tag of the same role. Besides the best tags it gives each
/// token's cue margin: the best score of a labelling that makes the token part of a cue, less the best
/// score of one that does not (max-marginals from a forward and a backward pass).
/// </summary>
internal static class AttributionLabeller
{
    public const int Tags = 7;

    /// <summary>The tag before a sentence's first token.</summary>
    private const int Start = Tags;

    public static ulong UnaryKey(ulong feature, int tag) => FeatureHash.Mix(feature, 64 + (ulong)tag);

    public static ulong PairKey(ulong feature, int previous, int tag) => FeatureHash.Mix(feature, 128 + ((ulong)previous * 8) + (ulong)tag);

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="previous"/>: an inside tag continues its own role only.</summary>
    public static bool Allowed(int previous, int tag) =>
        tag is not ((int)RoleTag.SourceInside or (int)RoleTag.CueInside or (int)RoleTag.ContentInside) || previous == tag || previous == tag - 1;

    public static bool IsCue(RoleTag tag) => tag is RoleTag.CueBegin or RoleTag.CueInside;

    /// <summary>The best tags for sentence tokens <c>[first, end)</c>; with <paramref name="cueMargins"/>, also each token's cue margin.</summary>
    public static RoleTag[] Decode(LabellerFeatures features, int first, int end, Func<ulong, float> weight, float[]? cueMargins = null)
    {
        var length = end - first;
        var (emit, transition) = Scores(features, first, end, weight);
        var forward = new float[length * Tags];
        var back = new int[length * Tags];
        for (var t = 0; t < length; t++)
        {
            for (var tag = 0; tag < Tags; tag++)
            {
                var best = float.NegativeInfinity;
                var from = -1;
                for (var previous = t == 0 ? Start : 0; previous < (t == 0 ? Start + 1 : Tags); previous++)
                {
                    if (!Allowed(previous, tag))
                    {
                        continue;
                    }
                    var score = (t == 0 ? 0f : forward[((t - 1) * Tags) + previous]) + transition[Pair(t, previous, tag)];
                    if (score > best)
                    {
                        (best, from) = (score, previous);
                    }
                }
                forward[(t * Tags) + tag] = best + emit[(t * Tags) + tag];
                back[(t * Tags) + tag] = from;
            }
        }
        var last = 0;
        for (var tag = 1; tag < Tags; tag++)
        {
            last = forward[((length - 1) * Tags) + tag] > forward[((length - 1) * Tags) + last] ? tag : last;
        }
        var tags = new RoleTag[length];
        for (var t = length - 1; t >= 0; t--)
        {
            tags[t] = (RoleTag)last;
            last = back[(t * Tags) + last];
        }
        if (cueMargins is not null)
        {
            Margins(forward, emit, transition, length, cueMargins);
        }
        return tags;
    }

    /// <summary>The keys of every feature the tagging fires, unary and pair, for the perceptron's update.</summary>
    public static ulong[] Keys(LabellerFeatures features, int first, RoleTag[] tags) =>
        ChainKeys.Of(features, first, Array.ConvertAll(tags, tag => (int)tag), Start, UnaryKey, PairKey);

    private static int Pair(int t, int previous, int tag) => (((t * (Tags + 1)) + previous) * Tags) + tag;

    /// <summary>Each token's score for each tag (emit) and each tag pair ending at it (transition).</summary>
    private static (float[] Emit, float[] Transition) Scores(LabellerFeatures features, int first, int end, Func<ulong, float> weight)
    {
        var length = end - first;
        var emit = new float[length * Tags];
        var transition = new float[length * (Tags + 1) * Tags];
        Span<ulong> unary = stackalloc ulong[LabellerFeatures.MaxUnary];
        Span<ulong> pair = stackalloc ulong[LabellerFeatures.MaxPair];
        for (var t = 0; t < length; t++)
        {
            var u = unary[..features.Unary(first + t, unary)];
            var p = pair[..features.Pair(first + t, pair)];
            for (var tag = 0; tag < Tags; tag++)
            {
                var sum = 0f;
                foreach (var key in u)
                {
                    sum += weight(UnaryKey(key, tag));
                }
                emit[(t * Tags) + tag] = sum;
                for (var previous = 0; previous <= Start; previous++)
                {
                    var pairSum = 0f;
                    foreach (var key in p)
                    {
                        pairSum += weight(PairKey(key, previous, tag));
                    }
                    transition[Pair(t, previous, tag)] = pairSum;
                }
            }
        }
        return (emit, transition);
    }

    /// <summary>Writes each token's cue margin: its best cue max-marginal less its best other max-marginal.</summary>
    private static void Margins(float[] forward, float[] emit, float[] transition, int length, float[] margins)
    {
        // backward[t, tag]: the best score of tokens after t given tag at t.
        var backward = new float[length * Tags];
        for (var t = length - 2; t >= 0; t--)
        {
            for (var tag = 0; tag < Tags; tag++)
            {
                var best = float.NegativeInfinity;
                for (var next = 0; next < Tags; next++)
                {
                    if (Allowed(tag, next))
                    {
                        best = Math.Max(best, transition[Pair(t + 1, tag, next)] + emit[((t + 1) * Tags) + next] + backward[((t + 1) * Tags) + next]);
                    }
                }
                backward[(t * Tags) + tag] = best;
            }
        }
        for (var t = 0; t < length; t++)
        {
            float cue = float.NegativeInfinity, other = float.NegativeInfinity;
            for (var tag = 0; tag < Tags; tag++)
            {
                var total = forward[(t * Tags) + tag] + backward[(t * Tags) + tag];
                if (IsCue((RoleTag)tag))
                {
                    cue = Math.Max(cue, total);
                }
                else
                {
                    other = Math.Max(other, total);
                }
            }
            margins[t] = cue - other;
        }
    }
}
