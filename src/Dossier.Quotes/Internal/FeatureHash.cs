using Dossier.Learning;

namespace Dossier.Quotes.Internal;

/// <summary>The quote model's feature keys: a template number mixed with a value, over <see cref="FeatureKey"/>.</summary>
internal static class FeatureHash
{
    /// <summary>The value standing for "no token here" (before the sentence start, after its end).</summary>
    public const ulong None = FeatureKey.None;

    public static ulong Of(ReadOnlySpan<char> text) => HashKeys.Chars(text);

    /// <summary>The key of template number <paramref name="template"/> with this value.</summary>
    public static ulong Key(ulong template, ulong value) => FeatureKey.Of(template, value);

    public static ulong Key(ulong template, bool value) => Key(template, value ? 1UL : 0UL);

    public static ulong Mix(ulong a, ulong b) => HashKeys.Mix(a, b);

    public static ulong Mix(ulong a, ulong b, ulong c) => HashKeys.Mix(a, b, c);
}
