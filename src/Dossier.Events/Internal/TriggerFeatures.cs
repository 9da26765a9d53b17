namespace Dossier.Events.Internal;

/// <summary>
/// The features the trigger model reads for one word: the word, its suffixes and prefix, whether it
/// is capitalised, and its neighbours within the sentence alone and paired with it. Each feature is a
/// 64-bit hash of a template number and its value, so extraction builds no strings.
/// </summary>
internal static class TriggerFeatures
{
    public const int MaxFeatures = 16;

    /// <summary>The value standing for "no word here" (before the sentence start, after its end).</summary>
    private const ulong None = 0x5EED;

    /// <summary>Writes the feature keys of <paramref name="token"/>, in the sentence <c>[first, end)</c>, and returns how many there are.</summary>
    public static int Extract(ArticleWords words, int token, int first, int end, Span<ulong> keys)
    {
        var lower = words.Lower[token].AsSpan();
        var w = words.Hashes[token];
        var previous = Word(words, token - 1, first, end);
        var next = Word(words, token + 1, first, end);
        var n = 0;
        keys[n++] = Key(1, 1);
        keys[n++] = Key(2, w);
        keys[n++] = Key(3, HashKeys.Chars(Suffix(lower, 2)));
        keys[n++] = Key(4, HashKeys.Chars(Suffix(lower, 3)));
        keys[n++] = Key(5, HashKeys.Chars(Suffix(lower, 4)));
        keys[n++] = Key(6, HashKeys.Chars(lower[..Math.Min(3, lower.Length)]));
        keys[n++] = Key(7, char.IsUpper(words.Document.Text[words.Document.Tokens[token].Span.Start]) ? 1UL : 0UL);
        keys[n++] = Key(8, previous);
        keys[n++] = Key(9, next);
        keys[n++] = Key(10, Word(words, token - 2, first, end));
        keys[n++] = Key(11, HashKeys.Mix(previous, w));
        keys[n++] = Key(12, HashKeys.Mix(w, next));
        keys[n++] = Key(13, SuffixOf(words, token - 1, first, end));
        keys[n++] = Key(14, SuffixOf(words, token + 1, first, end));
        keys[n++] = Key(15, token == first ? 1UL : 0UL);
        return n;
    }

    private static ulong Key(ulong template, ulong value) => HashKeys.Mix(template * 0x9E3779B97F4A7C15, value);

    private static ulong Word(ArticleWords words, int token, int first, int end) =>
        token >= first && token < end ? words.Hashes[token] : None;

    private static ulong SuffixOf(ArticleWords words, int token, int first, int end) =>
        token >= first && token < end ? HashKeys.Chars(Suffix(words.Lower[token], 3)) : None;

    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> word, int length) => word[Math.Max(0, word.Length - length)..];
}
