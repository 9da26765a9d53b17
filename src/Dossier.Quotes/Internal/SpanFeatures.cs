namespace Dossier.Quotes.Internal;

/// <summary>
/// The span tagger's view of each token of a sentence relative to one cue: the token and its
/// neighbours, which side of the cue it stands on and how far, what lies between it and the cue
/// (commas, quotation marks, "that", another cue, a clause opener), its entity type and whether it is
/// quoted, and how sure the cue model is of the head (its score, bucketed by whole points from −8
/// to +8). Unary features are hashed with the token's label, pair features with the label pair.
/// </summary>
internal sealed class SpanFeatures
{
    public const int MaxUnary = 24;
    public const int MaxPair = 3;

    private const ulong Boundary = FeatureHash.None;

    private readonly ArticleView view;
    private readonly ulong[] words;
    private readonly ulong[] shapes;
    private readonly ulong[] entities;

    // Per cue: what lies between each token of the sentence and the cue.
    private int[] commas = [];
    private ulong[] between = [];
    private int first;
    private int end;
    private int head;
    private ulong confidence;

    public SpanFeatures(ArticleView view)
    {
        this.view = view;
        var count = view.Tokens.Length;
        words = view.WordKeys;
        shapes = view.Shapes;
        entities = new ulong[count];
        foreach (var mention in view.Document.Mentions)
        {
            for (var k = view.Document.TokenIndexAt(mention.Span.Start); k < count && view.Span(k).Start < mention.Span.End; k++)
            {
                entities[k] = 1 + (ulong)mention.Type;
            }
        }
    }

    /// <summary>Readies the features of sentence tokens <c>[first, end)</c> for the cue headed by <paramref name="cue"/>, whose cue-model score is <paramref name="cueScore"/>.</summary>
    public void Focus(int sentenceFirst, int sentenceEnd, int cue, float cueScore)
    {
        (first, end, head) = (sentenceFirst, sentenceEnd, cue);
        confidence = float.IsNegativeInfinity(cueScore) ? 0UL : 1UL + (ulong)Math.Clamp((int)MathF.Floor(cueScore) + 8, 0, 16);
        var length = end - first;
        if (commas.Length < length)
        {
            commas = new int[length * 2];
            between = new ulong[length * 2];
        }
        commas[cue - first] = 0;
        between[cue - first] = 0;
        Walk(cue + 1, end, 1);
        Walk(cue - 1, first - 1, -1);
    }

    /// <summary>Counts, for each token going outward from the cue, the commas and the other landmarks passed on the way.</summary>
    private void Walk(int from, int stop, int step)
    {
        int count = 0;
        ulong seen = 0;
        for (var k = from; k != stop; k += step)
        {
            commas[k - first] = count;
            between[k - first] = seen;
            var word = view.Lower[k];
            if (view.RegionOf[k] < 0)
            {
                count += word is "," or ";" or "—" or "–" or "--" or ":" ? 1 : 0;
                seen |= word switch
                {
                    "that" => 1UL,
                    "which" or "who" or "because" or "while" or "but" or "and" or "when" or "if" or "as" or "after" or "before" => 2UL,
                    _ => 0UL,
                };
                seen |= view.IsCue(k) ? 4UL : 0UL;
            }
            seen |= view.IsQuoteMark(k) ? 8UL : 0UL;
        }
    }

    /// <summary>Writes the label-free unary features of token <paramref name="token"/>; returns how many.</summary>
    public int Unary(int token, Span<ulong> keys)
    {
        var n = 0;
        var offset = token - head;
        var side = offset < 0 ? 1UL : offset > 0 ? 2UL : 3UL;
        var distance = Bucket(offset);
        var commaCount = (ulong)Math.Min(commas[token - first], 2);
        var landmarks = between[token - first];
        var quoted = view.RegionOf[token] >= 0 ? 1UL : 0UL;
        var cueWord = words[head];

        keys[n++] = Key(1, distance);
        keys[n++] = Key(2, words[token], side);
        keys[n++] = Key(3, Word(token - 1), side);
        keys[n++] = Key(4, Word(token + 1), side);
        keys[n++] = Key(5, shapes[token], side);
        keys[n++] = Key(6, cueWord, side);
        keys[n++] = Key(7, cueWord, distance);
        keys[n++] = Key(8, commaCount, landmarks, side);
        keys[n++] = Key(9, landmarks, side);
        keys[n++] = Key(10, quoted | (view.IsQuoteMark(token) ? 2UL : 0UL), side);
        keys[n++] = Key(11, entities[token], side);
        keys[n++] = Key(12, Word(head + 1), side);
        keys[n++] = Key(13, Word(head - 1), side);
        keys[n++] = Key(14, token == first ? 1UL : 0UL, side);
        keys[n++] = Key(15, words[token], commaCount, side);
        keys[n++] = Key(16, entities[token], Word(token - 1), side);
        keys[n++] = Key(17, shapes[token], distance);
        keys[n++] = Key(18, commaCount, quoted, distance);
        keys[n++] = Key(19, view.IsCue(head) ? 1UL : 0UL, side);
        keys[n++] = Key(20, Word(token - 1), words[token], side);
        keys[n++] = Key(21, quoted, landmarks & 8UL, side);
        keys[n++] = Key(22, cueWord, Word(head + 1), side);
        keys[n++] = Key(23, confidence, side);
        keys[n++] = Key(24, confidence, distance);
        return n;
    }

    /// <summary>Writes the label-pair features of token <paramref name="token"/>: what the boundary before it looks like.</summary>
    public int Pair(int token, Span<ulong> keys)
    {
        var n = 0;
        var side = token < head ? 1UL : token > head ? 2UL : 3UL;
        keys[n++] = Key(31, side);
        keys[n++] = Key(32, view.IsWord(token) && !IsFunctionWord(token) ? shapes[token] : words[token], side);
        var quoteEdge = token > first && view.RegionOf[token] != view.RegionOf[token - 1] ? 1UL : 0UL;
        keys[n++] = Key(33, quoteEdge, Word(token - 1) == FeatureHash.Of(",") ? 1UL : 0UL);
        return n;
    }

    private bool IsFunctionWord(int token) =>
        view.Lower[token].Length <= 4 || Lexicon.Determiners.Contains(view.Lower[token]) || Lexicon.Auxiliaries.Contains(view.Lower[token]);

    private ulong Word(int token) => token < first || token >= end ? Boundary : words[token];

    private static ulong Bucket(int offset)
    {
        var size = Math.Abs(offset) switch
        {
            0 => 0,
            1 => 1,
            2 => 2,
            3 => 3,
            <= 5 => 4,
            <= 9 => 5,
            <= 15 => 6,
            _ => 7,
        };
        return (ulong)(offset < 0 ? 8 + size : size);
    }

    private static ulong Key(ulong template, ulong value) => FeatureHash.Key(template, value);

    private static ulong Key(ulong template, ulong a, ulong b) => FeatureHash.Key(template, FeatureHash.Mix(a, b));

    private static ulong Key(ulong template, ulong a, ulong b, ulong c) => FeatureHash.Key(template, FeatureHash.Mix(a, b, c));
}
