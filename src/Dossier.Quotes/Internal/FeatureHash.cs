namespace Dossier.Quotes.Internal;

/// <summary>
/// 64-bit feature keys built from hashes, so feature extraction makes no strings. Two features share
/// a key with probability about n²/2⁶⁵: negligible for the few hundred thousand a model holds.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>The value standing for "no token here" (before the sentence start, after its end).</summary>
    public const ulong None = 0x5EED;

    /// <summary>FNV-1a over the characters.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }
        return hash;
    }

    /// <summary>The key of template number <paramref name="template"/> with this value.</summary>
    public static ulong Key(ulong template, ulong value) => Mix(template * 0x9E3779B97F4A7C15, value);

    public static ulong Key(ulong template, bool value) => Key(template, value ? 1UL : 0UL);

    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    /// <summary>An order-sensitive mix of two hashes (SplitMix64's finaliser); never zero.</summary>
    public static ulong Mix(ulong a, ulong b)
    {
        var h = (a * 0x9E3779B97F4A7C15) ^ (b + 0x632BE59BD9B4E019 + (a << 6) + (a >> 2));
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9;
        h ^= h >> 27;
        h *= 0x94D049BB133111EB;
        h ^= h >> 31;
        return h == 0 ? 1 : h;
    }
}
