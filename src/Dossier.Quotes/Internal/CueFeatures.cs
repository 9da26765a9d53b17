namespace Dossier.Quotes.Internal;

/// <summary>
/// The features the cue model reads for one token: the word and its neighbours, a crude stem,
/// suffix and shape, whether the rule lexicon knows it as a cue, and where it stands relative to
/// quotation marks and its sentence. Each feature is a 64-bit hash of a template number and its
/// value, so extraction builds no strings beyond the view's lower-case words.
/// </summary>
internal sealed class CueFeatures
{
    private const ulong Boundary = FeatureHash.None;

    private readonly ArticleView view;
    private readonly ulong[] words;
    private readonly ulong[] stems;
    private readonly ulong[] shapes;
    private readonly int[] sentenceOf;

    /// <summary>Whether a quotation mark lies between the token's sentence start and the token.</summary>
    private readonly bool[] quoteLeft;

    /// <summary>Whether a quotation mark lies between the token and its sentence end.</summary>
    private readonly bool[] quoteRight;

    public CueFeatures(ArticleView view)
    {
        this.view = view;
        var count = view.Tokens.Length;
        words = view.WordKeys;
        shapes = view.Shapes;
        stems = Array.ConvertAll(view.Lower, word => Hash(Stem(word)));
        sentenceOf = new int[count];
        quoteLeft = new bool[count];
        quoteRight = new bool[count];
        for (var s = 0; s < view.Sentences.Length; s++)
        {
            var (first, end, _) = view.Sentences[s];
            Array.Fill(sentenceOf, s, first, end - first);
            for (var k = first + 1; k < end; k++)
            {
                quoteLeft[k] = quoteLeft[k - 1] || view.IsQuoteMark(k - 1);
            }
            for (var k = end - 2; k >= first; k--)
            {
                quoteRight[k] = quoteRight[k + 1] || view.IsQuoteMark(k + 1);
            }
        }
    }

    /// <summary>Writes the token's feature keys into <paramref name="keys"/> and returns how many there are.</summary>
    public int Extract(int token, Span<ulong> keys)
    {
        var (first, end, _) = view.Sentences[sentenceOf[token]];
        var n = 0;
        var w = words[token];
        var previous = Word(token - 1, first, end);
        var next = Word(token + 1, first, end);
        var quoted = view.RegionOf[token] >= 0;
        var (left, right) = (quoteLeft[token], quoteRight[token]);
        var cue = view.IsCue(token);

        keys[n++] = Key(1, 1);
        keys[n++] = Key(2, w);
        keys[n++] = Key(3, stems[token]);
        keys[n++] = Key(4, FeatureHash.Of(Suffix(view.Lower[token], 3)));
        keys[n++] = Key(5, shapes[token]);
        keys[n++] = Key(6, previous);
        keys[n++] = Key(7, next);
        keys[n++] = Key(8, Word(token - 2, first, end));
        keys[n++] = Key(9, Word(token + 2, first, end));
        keys[n++] = Key(10, Mix(previous, w));
        keys[n++] = Key(11, Mix(w, next));
        keys[n++] = Key(12, Mix(stems[token], next));
        keys[n++] = Key(13, Mix(StemOf(token - 1, first, end), stems[token]));
        keys[n++] = Key(14, cue ? 1UL : 0UL);
        keys[n++] = Key(15, Lexicon.CueVerbs.Contains(view.Lower[token]) ? 1UL : 0UL);
        keys[n++] = Key(16, (quoted ? 1UL : 0UL) | (left ? 2UL : 0UL) | (right ? 4UL : 0UL));
        keys[n++] = Key(17, Mix(w, quoted ? 1UL : 0UL));
        keys[n++] = Key(18, Mix(stems[token], (left ? 2UL : 0UL) | (right ? 4UL : 0UL)));
        keys[n++] = Key(19, Mix(shapes[token], token == first ? 1UL : 0UL));
        keys[n++] = Key(20, Mix(previous, stems[token], next));
        keys[n++] = Key(21, Mix(cue ? 1UL : 0UL, Shape(token - 1, first), next));
        keys[n++] = Key(22, Mix(stems[token], Shape(token - 1, first)));
        keys[n++] = Key(23, (ulong)Math.Min(token - first, 8));
        keys[n++] = Key(24, (ulong)Math.Min(end - token, 8));
        return n;
    }

    public const int MaxFeatures = 24;

    private ulong Word(int token, int first, int end) => token < first || token >= end ? Boundary : words[token];

    private ulong StemOf(int token, int first, int end) => token < first || token >= end ? Boundary : stems[token];

    private ulong Shape(int token, int first) => token < first ? Boundary : shapes[token];

    private static ReadOnlySpan<char> Suffix(string word, int length) => word.Length <= length ? word : word.AsSpan(word.Length - length);

    /// <summary>A crude English stem: <c>says</c>, <c>said</c>… stay distinct, but <c>claims</c>, <c>claimed</c>, <c>claiming</c> become <c>claim</c>.</summary>
    internal static string Stem(string word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..^3];
        }
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word.EndsWith("ied", StringComparison.Ordinal) ? word[..^3] + "y" : word[..^2];
        }
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word[..^1];
        }
        return word;
    }

    private static ulong Hash(string text) => FeatureHash.Of(text);

    private static ulong Key(ulong template, ulong value) => FeatureHash.Key(template, value);

    private static ulong Mix(ulong a, ulong b) => FeatureHash.Mix(a, b);

    private static ulong Mix(ulong a, ulong b, ulong c) => FeatureHash.Mix(a, b, c);
}
