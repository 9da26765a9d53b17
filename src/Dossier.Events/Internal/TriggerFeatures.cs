using Dossier.Learning;

namespace Dossier.Events.Internal;

/// <summary>
/// The features the trigger model reads for one word: the word, its suffixes and prefix, whether it
/// is capitalised, and its neighbours within the sentence alone and paired with it. Each feature is a
/// 64-bit hash of a template number and its value, so extraction builds no strings.
/// </summary>
internal static class TriggerFeatures
{
    public const int MaxFeatures = 16;

    /// <summary>Writes the feature keys of <paramref name="token"/>, in the sentence <c>[first, end)</c>, and returns how many there are.</summary>
    public static int Extract(ArticleWords words, int token, int first, int end, Span<ulong> keys)
    {
        var lower = words.Lower[token].AsSpan();
        var w = words.Hashes[token];
        var previous = Word(words, token - 1, first, end);
        var next = Word(words, token + 1, first, end);
        var n = 0;
        keys[n++] = FeatureKey.Of(1, 1);
        keys[n++] = FeatureKey.Of(2, w);
        keys[n++] = FeatureKey.Of(3, HashKeys.Chars(Suffix(lower, 2)));
        keys[n++] = FeatureKey.Of(4, HashKeys.Chars(Suffix(lower, 3)));
        keys[n++] = FeatureKey.Of(5, HashKeys.Chars(Suffix(lower, 4)));
        keys[n++] = FeatureKey.Of(6, HashKeys.Chars(lower[..Math.Min(3, lower.Length)]));
        keys[n++] = FeatureKey.Of(7, char.IsUpper(words.Document.Text[words.Document.Tokens[token].Span.Start]) ? 1UL : 0UL);
        keys[n++] = FeatureKey.Of(8, previous);
        keys[n++] = FeatureKey.Of(9, next);
        keys[n++] = FeatureKey.Of(10, Word(words, token - 2, first, end));
        keys[n++] = FeatureKey.Of(11, HashKeys.Mix(previous, w));
        keys[n++] = FeatureKey.Of(12, HashKeys.Mix(w, next));
        keys[n++] = FeatureKey.Of(13, SuffixOf(words, token - 1, first, end));
        keys[n++] = FeatureKey.Of(14, SuffixOf(words, token + 1, first, end));
        keys[n++] = FeatureKey.Of(15, token == first ? 1UL : 0UL);
        return n;
    }

    private static ulong Word(ArticleWords words, int token, int first, int end) =>
        token >= first && token < end ? words.Hashes[token] : FeatureKey.None;

    private static ulong SuffixOf(ArticleWords words, int token, int first, int end) =>
        token >= first && token < end ? HashKeys.Chars(Suffix(words.Lower[token], 3)) : FeatureKey.None;

    private static ReadOnlySpan<char> Suffix(ReadOnlySpan<char> word, int length) => word[Math.Max(0, word.Length - length)..];
}
