namespace Dossier.Quotes.Internal;

/// <summary>
/// The features the attribution filter reads for one proposed attribution: the rule that found it,
/// its cue word and the cue model's confidence, what its source looks like, and where its content
/// lies, how long it is and how it opens.
/// </summary>
internal sealed class CandidateFeatures(ArticleView view, float[] cueScores)
{
    public const int MaxFeatures = 26;

    public int Extract(FoundQuote quote, Span<ulong> keys)
    {
        var n = 0;
        var by = (ulong)quote.By;
        var cue = quote.Cue is { } cueSpan ? CueHead(cueSpan) : -1;
        var cueWord = cue >= 0 ? FeatureHash.Of(view.Lower[cue]) : FeatureHash.None;
        var cueStem = cue >= 0 ? FeatureHash.Of(CueFeatures.Stem(view.Lower[cue])) : FeatureHash.None;
        var score = cue >= 0 ? Bucket(cueScores[cue]) : 99UL;
        var (sourceFirst, sourceEnd) = quote.SourceTokens;
        var source = quote.HasSource ? SourceShape(sourceFirst, sourceEnd) : 0UL;
        var contentFirst = view.Document.TokenIndexAt(quote.Content[0].Start);
        var contentEnd = view.Document.TokenIndexAt(quote.Content[^1].End - 1) + 1;
        var side = cue < 0 ? 0UL : contentFirst > cue ? 1UL : contentEnd <= cue ? 2UL : 3UL;
        var length = LengthBucket(quote.Content.Sum(c => c.Length) / 6);
        var opener = contentFirst < view.Lower.Length ? FeatureHash.Of(view.Lower[contentFirst]) : FeatureHash.None;

        keys[n++] = FeatureHash.Key(101, 1UL);
        keys[n++] = FeatureHash.Key(102, by);
        keys[n++] = FeatureHash.Key(103, FeatureHash.Mix(by, cueWord));
        keys[n++] = FeatureHash.Key(104, cueStem);
        keys[n++] = FeatureHash.Key(105, FeatureHash.Mix(by, score));
        keys[n++] = FeatureHash.Key(106, FeatureHash.Mix(by, source));
        keys[n++] = FeatureHash.Key(107, quote.HasSource ? FeatureHash.Of(view.Lower[sourceEnd - 1]) : FeatureHash.None);
        keys[n++] = FeatureHash.Key(108, quote.HasSource ? FeatureHash.Of(view.Lower[sourceFirst]) : FeatureHash.None);
        keys[n++] = FeatureHash.Key(109, (ulong)quote.Kind);
        keys[n++] = FeatureHash.Key(110, FeatureHash.Mix(by, side, (ulong)quote.Kind));
        keys[n++] = FeatureHash.Key(111, FeatureHash.Mix(side, length));
        keys[n++] = FeatureHash.Key(112, FeatureHash.Mix(cueStem, side));
        keys[n++] = FeatureHash.Key(113, opener);
        keys[n++] = FeatureHash.Key(114, FeatureHash.Mix(cueStem, opener));
        keys[n++] = FeatureHash.Key(115, quote.Inherited);
        keys[n++] = FeatureHash.Key(116, quote.Holderless);
        keys[n++] = FeatureHash.Key(117, (ulong)Math.Min(quote.Content.Length, 4));
        keys[n++] = FeatureHash.Key(118, FeatureHash.Mix(cueStem, source));
        keys[n++] = FeatureHash.Key(119, FeatureHash.Mix(score, source, side));
        keys[n++] = FeatureHash.Key(120, cue >= 0 && view.IsCue(cue));
        keys[n++] = FeatureHash.Key(121, FeatureHash.Mix(cue >= 0 && view.IsCue(cue) ? 1UL : 0UL, score));
        keys[n++] = FeatureHash.Key(122, cue > 0 ? FeatureHash.Of(view.Lower[cue - 1]) : FeatureHash.None);
        keys[n++] = FeatureHash.Key(123, cue >= 0 && cue + 1 < view.Lower.Length ? FeatureHash.Of(view.Lower[cue + 1]) : FeatureHash.None);
        keys[n++] = FeatureHash.Key(124, FeatureHash.Mix(length, (ulong)quote.Kind));
        keys[n++] = FeatureHash.Key(125, FeatureHash.Mix(by, length));
        keys[n++] = FeatureHash.Key(126, quote.HasSource ? (ulong)Math.Min(sourceEnd - sourceFirst, 8) : 0UL);
        return n;
    }

    /// <summary>The cue's first token that is not an auxiliary or article, as the cue model scores heads.</summary>
    private int CueHead(TextSpan cue)
    {
        var first = view.Document.TokenIndexAt(cue.Start);
        for (var k = first; k < view.Tokens.Length && view.Span(k).Start < cue.End; k++)
        {
            if (view.IsWord(k) && !view.IsHeadFiller(k))
            {
                return k;
            }
        }
        return Math.Min(first, view.Tokens.Length - 1);
    }

    /// <summary>Pronoun, relative pronoun, capitalised name, or common noun phrase; with its length.</summary>
    private ulong SourceShape(int first, int end)
    {
        var last = view.Lower[end - 1];
        var kind = Lexicon.PersonPronouns.Contains(last) || last is "it" or "they" or "we" or "i" ? 1UL
            : last is "who" or "which" or "that" ? 2UL
            : view.IsCapitalised(end - 1) ? 3UL
            : 4UL;
        return (kind * 8) + (ulong)Math.Min(end - first, 7);
    }

    private static ulong Bucket(float score) => float.IsFinite(score) ? (ulong)Math.Clamp((int)MathF.Floor(score / 2) + 20, 0, 40) : 98UL;

    private static ulong LengthBucket(int words) => words switch
    {
        <= 2 => 1,
        <= 5 => 2,
        <= 10 => 3,
        <= 20 => 4,
        <= 40 => 5,
        _ => 6,
    };
}
