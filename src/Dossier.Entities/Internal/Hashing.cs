namespace Dossier.Entities.Internal;

/// <summary>
/// The entity model's feature hashes: <see cref="HashKeys"/>, plus forms read the way CoNLL text
/// writes them (ASCII quotes and dashes; lower case with digits as 0).
/// </summary>
internal static class Hashing
{
    private const ulong FnvOffset = HashKeys.FnvOffset;
    private const ulong FnvPrime = HashKeys.FnvPrime;

    public static ulong Chars(ReadOnlySpan<char> text) => HashKeys.Chars(text);

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

    public static ulong Mix(ulong a, ulong b) => HashKeys.Mix(a, b);

    public static ulong Mix(ulong a, ulong b, ulong c) => HashKeys.Mix(a, b, c);
}
