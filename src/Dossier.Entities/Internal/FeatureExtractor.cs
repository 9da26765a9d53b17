namespace Dossier.Entities.Internal;

/// <summary>
/// Turns a sentence's tokens into feature keys: word forms and shapes in a five-token window,
/// affixes, Brown-cluster prefixes, gazetteer matches and capitalisation in context (sentence
/// starts and all-capitals or title-case headlines). Keys are hashes, so no strings are built.
/// </summary>
internal sealed class FeatureExtractor
{
    /// <summary>Upper bound on the keys <see cref="Extract"/> writes for one token.</summary>
    public const int MaxFeatures = 96;

    private const int MaxAffix = 4;

    private static readonly ulong Start = Hashing.Chars("<s>");
    private static readonly ulong End = Hashing.Chars("</s>");

    private readonly ClusterLexicon _clusters;
    private readonly ClusterLexicon _secondClusters;
    private readonly Gazetteer _gazetteer;

    /// <param name="secondClusters">A second clustering from other text (BLLIP newswire); its word classes add to the first's.</param>
    public FeatureExtractor(ClusterLexicon clusters, Gazetteer gazetteer, ClusterLexicon? secondClusters = null)
    {
        _clusters = clusters;
        _secondClusters = secondClusters ?? ClusterLexicon.Empty;
        _gazetteer = gazetteer;
    }

    public ClusterLexicon Clusters => _clusters;

    public ClusterLexicon SecondClusters => _secondClusters;

    public Gazetteer Gazetteer => _gazetteer;

    /// <summary>Fills one <see cref="TokenInfo"/> per token and returns the sentence's context flags.</summary>
    /// <param name="organizations">When given, receives the capitalised multi-token matches of the compiled organisation list.</param>
    public SentenceContext Prepare(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<TokenInfo> infos,
        List<(int Start, int End)>? organizations = null)
    {
        var wordTokens = 0;
        var allCaps = 0;
        var capitalized = 0;
        Span<ulong> lower = tokens.Length <= 256 ? stackalloc ulong[tokens.Length] : new ulong[tokens.Length];
        Span<ulong> gazetteer = tokens.Length <= 256 ? stackalloc ulong[tokens.Length] : new ulong[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var whole = tokens[i].Slice(text);
            ref var info = ref infos[i];
            info.CoreLength = Possessive.CoreLength(whole);
            info.Possessive = info.CoreLength < whole.Length;
            var word = whole[..info.CoreLength];
            info.Lower = Hashing.Normalized(word);
            info.Form = Hashing.Folded(word);
            (info.Shape, info.LongShape) = WordShape.Hashes(word);
            info.Cluster = _clusters.Find(word);
            info.SecondCluster = _secondClusters.Find(word);
            info.Capitalized = char.IsUpper(word[0]);
            info.KnownInLowerCase = info.Capitalized && _clusters.HasLowerCase(word);
            lower[i] = info.Lower;
            if (WordShape.HasLetter(word))
            {
                wordTokens++;
                if (info.Capitalized)
                {
                    capitalized++;
                }
                if (!WordShape.HasLower(word))
                {
                    allCaps++;
                }
            }
        }
        _gazetteer.Mark(lower, gazetteer, organizations);
        if (organizations is not null)
        {
            for (var m = organizations.Count - 1; m >= 0; m--)
            {
                var (start, end) = organizations[m];
                if (!infos[start].Capitalized || (end - start == 1 && !WordShape.IsAcronym(tokens[start].Slice(text))))
                {
                    organizations.RemoveAt(m);
                }
            }
        }
        for (var i = 0; i < tokens.Length; i++)
        {
            infos[i].Gazetteer = gazetteer[i];
        }
        // A headline in capitals ("JAPAN GET LUCKY WIN") or in title case hides the usual
        // capitalisation cue, so the templates read case differently there.
        var context = SentenceContext.None;
        if (wordTokens >= 2 && allCaps * 10 >= wordTokens * 8)
        {
            context = SentenceContext.AllCaps;
            // In a headline in capitals every word looks like an acronym, so no list entry is forced.
            organizations?.Clear();
        }
        else if (wordTokens >= 4 && capitalized * 10 >= wordTokens * 8)
        {
            context = SentenceContext.TitleCase;
        }
        return context;
    }

    /// <summary>Writes the keys of token <paramref name="i"/> and returns how many.</summary>
    public int Extract(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, ReadOnlySpan<TokenInfo> infos,
        SentenceContext context, int i, Span<ulong> keys)
    {
        var n = 0;
        ref readonly var t = ref infos[i];
        var word = tokens[i].Slice(text)[..t.CoreLength];
        var prevLower = i > 0 ? infos[i - 1].Lower : Start;
        var nextLower = i + 1 < infos.Length ? infos[i + 1].Lower : End;
        var prev2Lower = i > 1 ? infos[i - 2].Lower : Start;
        var next2Lower = i + 2 < infos.Length ? infos[i + 2].Lower : End;
        var prevShape = i > 0 ? infos[i - 1].Shape : Start;
        var nextShape = i + 1 < infos.Length ? infos[i + 1].Shape : End;

        keys[n++] = Hashing.Mix(Template.Bias, 0);
        keys[n++] = Hashing.Mix(Template.Lower, t.Lower);
        keys[n++] = Hashing.Mix(Template.Form, t.Form);
        keys[n++] = Hashing.Mix(Template.LowerPrev, prevLower);
        keys[n++] = Hashing.Mix(Template.LowerNext, nextLower);
        keys[n++] = Hashing.Mix(Template.LowerPrev2, prev2Lower);
        keys[n++] = Hashing.Mix(Template.LowerNext2, next2Lower);
        keys[n++] = Hashing.Mix(Template.BigramPrev, prevLower, t.Lower);
        keys[n++] = Hashing.Mix(Template.BigramNext, t.Lower, nextLower);
        keys[n++] = Hashing.Mix(Template.Shape, t.Shape);
        keys[n++] = Hashing.Mix(Template.LongShape, t.LongShape);
        keys[n++] = Hashing.Mix(Template.ShapePrev, prevShape);
        keys[n++] = Hashing.Mix(Template.ShapeNext, nextShape);
        keys[n++] = Hashing.Mix(Template.ShapeTrigram, Hashing.Mix(prevShape, t.Shape), nextShape);
        keys[n++] = Hashing.Mix(Template.LowerPrevShape, prevLower, t.Shape);
        keys[n++] = Hashing.Mix(Template.ShapeLowerNext, t.Shape, nextLower);
        if (t.Possessive)
        {
            keys[n++] = Hashing.Mix(Template.Possessive, t.Shape);
        }

        n = Affixes(word, keys, n);
        n = HyphenParts(word, keys, n);
        n = ClusterFeatures(_clusters, Template.Cluster, t.Cluster, ClusterLexicon.PrefixLengths.Length, keys, n);
        n = ClusterFeatures(_clusters, Template.ClusterPrev, i > 0 ? infos[i - 1].Cluster : -2, 3, keys, n);
        n = ClusterFeatures(_clusters, Template.ClusterNext, i + 1 < infos.Length ? infos[i + 1].Cluster : -2, 3, keys, n);
        if (_secondClusters.Paths.Length > 0)
        {
            n = ClusterFeatures(_secondClusters, Template.SecondCluster, t.SecondCluster, ClusterLexicon.PrefixLengths.Length, keys, n);
            n = ClusterFeatures(_secondClusters, Template.SecondClusterPrev, i > 0 ? infos[i - 1].SecondCluster : -2, 2, keys, n);
            n = ClusterFeatures(_secondClusters, Template.SecondClusterNext, i + 1 < infos.Length ? infos[i + 1].SecondCluster : -2, 2, keys, n);
        }

        if (t.Capitalized)
        {
            keys[n++] = Hashing.Mix(Template.KnownInLowerCase, t.KnownInLowerCase ? 1UL : 0UL, i == 0 ? 1UL : 0UL);
        }
        if (i == 0)
        {
            keys[n++] = Hashing.Mix(Template.FirstShape, t.Shape);
            keys[n++] = Hashing.Mix(Template.FirstLower, t.Lower);
        }
        if (context != SentenceContext.None)
        {
            keys[n++] = Hashing.Mix(Template.HeadlineLower, (ulong)context, t.Lower);
            keys[n++] = Hashing.Mix(Template.HeadlineShape, (ulong)context, t.Shape);
        }

        n = GazetteerBits(Template.Gazetteer, t.Gazetteer, t.Capitalized ? 1UL : 0UL, keys, n);
        if (i > 0)
        {
            n = GazetteerBits(Template.GazetteerPrev, infos[i - 1].Gazetteer, 0, keys, n);
        }
        if (i + 1 < infos.Length)
        {
            n = GazetteerBits(Template.GazetteerNext, infos[i + 1].Gazetteer, 0, keys, n);
        }
        return n;
    }

    private static int Affixes(ReadOnlySpan<char> word, Span<ulong> keys, int n)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        word[..lower.Length].ToLowerInvariant(lower);
        for (var k = 1; k <= MaxAffix && k < lower.Length; k++)
        {
            keys[n++] = Hashing.Mix(Template.Prefix, (ulong)k, Hashing.Chars(lower[..k]));
            keys[n++] = Hashing.Mix(Template.Suffix, (ulong)k, Hashing.Chars(lower[^k..]));
        }
        return n;
    }

    /// <summary>
    /// The first and last parts of a hyphenated token (Suk-yeol, Japan-South, anti-Japanese):
    /// the product tokenizer keeps such words whole, so their parts carry the evidence.
    /// </summary>
    private int HyphenParts(ReadOnlySpan<char> word, Span<ulong> keys, int n)
    {
        var first = word.IndexOf('-');
        var last = word.LastIndexOf('-');
        if (first <= 0 || last >= word.Length - 1)
        {
            return n;
        }
        var head = word[..first];
        var tail = word[(last + 1)..];
        keys[n++] = Hashing.Mix(Template.HyphenFirst, Hashing.Normalized(head));
        keys[n++] = Hashing.Mix(Template.HyphenLast, Hashing.Normalized(tail));
        n = ClusterFeatures(_clusters, Template.HyphenFirstCluster, _clusters.Find(head), 2, keys, n);
        n = ClusterFeatures(_clusters, Template.HyphenLastCluster, _clusters.Find(tail), 2, keys, n);
        return n;
    }

    private static int ClusterFeatures(ClusterLexicon lexicon, ulong template, int cluster, int prefixes, Span<ulong> keys, int n)
    {
        if (cluster < 0)
        {
            // -1: a word with no cluster; -2: past the sentence edge.
            keys[n++] = Hashing.Mix(template, (ulong)(-cluster));
            return n;
        }
        for (var k = 0; k < prefixes; k++)
        {
            keys[n++] = Hashing.Mix(template, (ulong)k + 10, lexicon.PrefixHash(cluster, k));
        }
        return n;
    }

    private static int GazetteerBits(ulong template, ulong bits, ulong extra, Span<ulong> keys, int n)
    {
        while (bits != 0 && n < MaxFeatures - 1)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            keys[n++] = Hashing.Mix(template, (ulong)bit, extra);
        }
        return n;
    }

    /// <summary>Template identifiers; changing any of them invalidates trained models.</summary>
    private static class Template
    {
        public const ulong Bias = 1;
        public const ulong Lower = 2;
        public const ulong Form = 3;
        public const ulong LowerPrev = 4;
        public const ulong LowerNext = 5;
        public const ulong LowerPrev2 = 6;
        public const ulong LowerNext2 = 7;
        public const ulong BigramPrev = 8;
        public const ulong BigramNext = 9;
        public const ulong Shape = 10;
        public const ulong LongShape = 11;
        public const ulong ShapePrev = 12;
        public const ulong ShapeNext = 13;
        public const ulong ShapeTrigram = 14;
        public const ulong LowerPrevShape = 15;
        public const ulong ShapeLowerNext = 16;
        public const ulong Prefix = 17;
        public const ulong Suffix = 18;
        public const ulong Cluster = 19;
        public const ulong ClusterPrev = 20;
        public const ulong ClusterNext = 21;
        public const ulong FirstShape = 22;
        public const ulong FirstLower = 23;
        public const ulong HeadlineLower = 24;
        public const ulong HeadlineShape = 25;
        public const ulong Gazetteer = 26;
        public const ulong GazetteerPrev = 27;
        public const ulong GazetteerNext = 28;
        public const ulong Possessive = 29;
        public const ulong HyphenFirst = 30;
        public const ulong HyphenLast = 31;
        public const ulong HyphenFirstCluster = 32;
        public const ulong HyphenLastCluster = 33;
        public const ulong KnownInLowerCase = 34;
        public const ulong SecondCluster = 35;
        public const ulong SecondClusterPrev = 36;
        public const ulong SecondClusterNext = 37;
    }
}
