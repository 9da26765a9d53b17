namespace Dossier.Quotes.Internal;

/// <summary>
/// Where the content after a cue ends (<c>he said that X[, which …]</c>): the candidate ends are the
/// sentence end, the rules' choice, and every comma, dash, bracket or clause-opening word outside
/// quotation marks between; the model's content-end weights pick one. The features of each
/// candidate are the words at and around the break, how far it lies from the content's start,
/// how many breaks it passes, the cue's stem and whether the rules chose it.
/// </summary>
internal sealed class ContentEnds(ArticleView view)
{
    public const int MaxFeatures = 14;

    /// <summary>The candidate ends of content running from <paramref name="from"/>, in order; each is a token index, exclusive.</summary>
    public List<int> Candidates(int from, int rulesEnd, int sentenceEnd)
    {
        var ends = new List<int>();
        for (var k = from + 2; k < sentenceEnd; k++)
        {
            if (k == rulesEnd || (view.RegionOf[k] < 0 && IsBreak(k)))
            {
                ends.Add(k);
            }
        }
        ends.Add(sentenceEnd);
        if (rulesEnd <= from + 1 && rulesEnd > from)
        {
            ends.Insert(0, rulesEnd);
        }
        return ends;
    }

    public int Extract(int cue, int from, int end, int index, int rulesEnd, int sentenceEnd, Span<ulong> keys)
    {
        var n = 0;
        var at = end < sentenceEnd ? Word(end) : FeatureHash.None;
        var before = Word(end - 1);
        var after = end + 1 < sentenceEnd ? Word(end + 1) : FeatureHash.None;
        var stem = FeatureHash.Of(CueFeatures.Stem(view.Lower[cue]));
        var opener = Word(from);
        var distance = (ulong)Bucket(end - from);
        var rules = end == rulesEnd ? 1UL : 0UL;
        var last = end == sentenceEnd ? 1UL : 0UL;
        keys[n++] = FeatureHash.Key(201, 1UL);
        keys[n++] = FeatureHash.Key(202, at);
        keys[n++] = FeatureHash.Key(203, FeatureHash.Mix(at, after));
        keys[n++] = FeatureHash.Key(204, FeatureHash.Mix(before, at));
        keys[n++] = FeatureHash.Key(205, distance);
        keys[n++] = FeatureHash.Key(206, FeatureHash.Mix(at, distance));
        keys[n++] = FeatureHash.Key(207, rules);
        keys[n++] = FeatureHash.Key(208, FeatureHash.Mix(rules, last));
        keys[n++] = FeatureHash.Key(209, (ulong)Math.Min(index, 6));
        keys[n++] = FeatureHash.Key(210, FeatureHash.Mix(stem, at));
        keys[n++] = FeatureHash.Key(211, FeatureHash.Mix(opener, at));
        keys[n++] = FeatureHash.Key(212, FeatureHash.Mix(last, distance));
        keys[n++] = FeatureHash.Key(213, FeatureHash.Mix(at, end + 1 < sentenceEnd && view.IsCapitalised(end + 1) ? 1UL : 0UL));
        keys[n++] = FeatureHash.Key(214, FeatureHash.Mix(rules, distance));
        return n;
    }

    private ulong Word(int token) => token >= 0 && token < view.Lower.Length ? FeatureHash.Of(view.Lower[token]) : FeatureHash.None;

    private bool IsBreak(int token) => view.Lower[token] is "," or ";" or ":" or "—" or "–" or "--" or "(" or "and" or "but" or "while"
        or "as" or "because" or "although" or "though" or "which" or "who" or "until" or "after" or "before" or "when" or "since"
        or "yet" or "if" or "where" or "to" or "in" or "for" or "despite" or "with" or "amid" or "saying" or "adding" or "or";

    private static int Bucket(int tokens) => tokens switch
    {
        <= 3 => 1,
        <= 6 => 2,
        <= 10 => 3,
        <= 15 => 4,
        <= 25 => 5,
        <= 40 => 6,
        _ => 7,
    };
}
