namespace Dossier.Entities.Internal;

/// <summary>
/// 64-bit hashes that name features without building strings. Two different features share a
/// key with probability about n²/2⁶⁵, which for a few million features is negligible.
/// </summary>
internal static class Hashing
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static ulong Chars(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }
        return hash;
    }

    /// <summary>The hash of the text with typographic quotes and dashes read as the ASCII marks CoNLL text uses.</summary>
    public static ulong Folded(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ Fold(c)) * FnvPrime;
        }
        return hash;
    }

    /// <summary>Curly single quotes become <c>'</c>, curly double quotes <c>"</c>, en and em dashes <c>-</c>.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2212' => '-',
        _ => c,
    };

    /// <summary>The hash of the lower-cased text with every digit read as 0, so 1996 and 2023 share a form.</summary>
    public static ulong Normalized(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            var n = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(Fold(c));
            hash = (hash ^ n) * FnvPrime;
        }
        return hash;
    }

    /// <summary>Combines two hashes, order-sensitively (a SplitMix64 finaliser over a rotated mix).</summary>
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

    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);
}
