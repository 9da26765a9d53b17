namespace Dossier.Quotes.Internal;

/// <summary>
/// The attribution labeller's view of each token: the cue model's features of the token (word, stem,
/// neighbours, lexicon, quotation marks, place in the sentence), plus where the nearest lexicon cue
/// stands on either side and what lies between (commas, "that", quotation marks), and, when given,
/// the cue model's score bucketed by whole points from −8 to +8. Unary features are hashed with the
/// token's tag, pair features with the tag pair.
/// </summary>
internal sealed class LabellerFeatures : IChainFeatures
{
    public const int MaxUnary = CueFeatures.MaxFeatures + 12;
    public const int MaxPair = 3;

    private const ulong Boundary = FeatureHash.None;

    private readonly ArticleView view;
    private readonly CueFeatures cueFeatures;
    private readonly float[]? cueScores;
    private readonly ulong[] words;
    private readonly ulong[] shapes;
    private readonly int[] sentenceFirst;
    private readonly int[] sentenceEnd;

    /// <summary>The nearest lexicon cue before and after each token in its sentence, or -1.</summary>
    private readonly int[] cueBefore;
    private readonly int[] cueAfter;

    /// <summary>How many commas (outside quotes), "that"s and quotation marks come before each token in its sentence.</summary>
    private readonly int[] commas;
    private readonly int[] thats;
    private readonly int[] marks;

    /// <param name="cueScores">Each token's cue-model score (negative infinity where it scores none), or null to leave the score out.</param>
    public LabellerFeatures(ArticleView view, float[]? cueScores = null)
    {
        this.view = view;
        this.cueScores = cueScores;
        cueFeatures = new CueFeatures(view);
        words = view.WordKeys;
        shapes = view.Shapes;
        var count = view.Tokens.Length;
        (sentenceFirst, sentenceEnd) = (new int[count], new int[count]);
        (cueBefore, cueAfter) = (new int[count], new int[count]);
        (commas, thats, marks) = (new int[count + 1], new int[count + 1], new int[count + 1]);
        foreach (var (first, end, _) in view.Sentences)
        {
            var last = -1;
            for (var k = first; k < end; k++)
            {
                (sentenceFirst[k], sentenceEnd[k], cueBefore[k]) = (first, end, last);
                last = view.IsCue(k) ? k : last;
                var outside = view.RegionOf[k] < 0;
                commas[k + 1] = (k == first ? 0 : commas[k]) + (outside && view.Lower[k] is "," or ";" or "—" or "–" or "--" or ":" ? 1 : 0);
                thats[k + 1] = (k == first ? 0 : thats[k]) + (outside && view.Lower[k] == "that" ? 1 : 0);
                marks[k + 1] = (k == first ? 0 : marks[k]) + (view.IsQuoteMark(k) ? 1 : 0);
            }
            last = -1;
            for (var k = end - 1; k >= first; k--)
            {
                cueAfter[k] = last;
                last = view.IsCue(k) ? k : last;
            }
        }
    }

    /// <summary>Writes the tag-free unary features of <paramref name="token"/>; returns how many.</summary>
    public int Unary(int token, Span<ulong> keys)
    {
        var n = cueFeatures.Extract(token, keys);
        var (before, after) = (cueBefore[token], cueAfter[token]);
        var left = before < 0 ? Boundary : Bucket(token - before);
        var right = after < 0 ? Boundary : Bucket(after - token);
        var quoted = view.RegionOf[token] >= 0 ? 1UL : 0UL;
        keys[n++] = Key(40, left, right);
        keys[n++] = Key(41, before < 0 ? Boundary : words[before], left);
        keys[n++] = Key(42, after < 0 ? Boundary : words[after], right);
        keys[n++] = Key(43, before < 0 ? Boundary : Between(before, token), quoted);
        keys[n++] = Key(44, after < 0 ? Boundary : Between(token, after), quoted);
        keys[n++] = Key(45, (view.IsOpeningMark(token) ? 1UL : 0UL) | (view.IsClosingMark(token) ? 2UL : 0UL) | (quoted << 2));
        keys[n++] = Key(46, (view.IsHeadFiller(token) ? 1UL : 0UL) | (view.IsCueCandidate(token) ? 2UL : 0UL), before < 0 ? 0UL : 1UL, after < 0 ? 0UL : 1UL);
        keys[n++] = Key(47, words[token], before < 0 ? 0UL : 1UL, after < 0 ? 0UL : 1UL);
        keys[n++] = Key(48, Shape(token - 1, token), shapes[token], Shape(token + 1, token));
        keys[n++] = Key(49, quoted, (ulong)Math.Min(token == sentenceFirst[token] ? 0 : commas[token], 3), before < 0 ? 0UL : 1UL);
        keys[n++] = Key(50, words[token], left);
        if (cueScores is not null)
        {
            var score = cueScores[token];
            keys[n++] = Key(51, float.IsNegativeInfinity(score) ? 0UL : 1UL + (ulong)Math.Clamp((int)MathF.Floor(score) + 8, 0, 16));
        }
        return n;
    }

    /// <summary>Writes the tag-pair features of <paramref name="token"/>: what the boundary before it looks like.</summary>
    public int Pair(int token, Span<ulong> keys)
    {
        var n = 0;
        keys[n++] = Key(60, 1UL);
        keys[n++] = Key(61, view.IsWord(token) ? shapes[token] : words[token]);
        var first = sentenceFirst[token];
        var quoteEdge = token > first && view.RegionOf[token] != view.RegionOf[token - 1] ? 1UL : 0UL;
        keys[n++] = Key(62, quoteEdge, token > first ? words[token - 1] : Boundary);
        return n;
    }

    /// <summary>The landmarks between tokens <c>a &lt; b</c> of one sentence: commas (up to two), whether a "that", whether a quotation mark.</summary>
    private ulong Between(int a, int b) =>
        (ulong)(uint)Math.Min(commas[b] - commas[a + 1], 2) | (thats[b] > thats[a + 1] ? 4UL : 0UL) | (marks[b] > marks[a + 1] ? 8UL : 0UL);

    /// <summary>The shape of <paramref name="token"/>, or the boundary when it lies outside the sentence of <paramref name="within"/>.</summary>
    private ulong Shape(int token, int within) => token < sentenceFirst[within] || token >= sentenceEnd[within] ? Boundary : shapes[token];

    private static ulong Bucket(int distance) => distance switch
    {
        <= 3 => (ulong)distance,
        <= 5 => 4,
        <= 9 => 5,
        <= 15 => 6,
        _ => 7,
    };

    private static ulong Key(ulong template, ulong value) => FeatureHash.Key(template, value);

    private static ulong Key(ulong template, ulong a, ulong b) => FeatureHash.Key(template, FeatureHash.Mix(a, b));

    private static ulong Key(ulong template, ulong a, ulong b, ulong c) => FeatureHash.Key(template, FeatureHash.Mix(a, b, c));
}
