namespace Dossier.Entities.Internal;

/// <summary>What a word looks like, apart from what it says: character classes and capitals.</summary>
internal static class WordShape
{
    /// <summary>
    /// Hashes of the word's character classes (X upper, x lower, d digit, other characters as
    /// themselves): the short shape collapses every run (<c>Xx</c>, <c>X.X.</c>, <c>Xx-x</c>), the
    /// long one caps runs at four (<c>Xxxx</c>).
    /// </summary>
    public static (ulong Short, ulong Long) Hashes(ReadOnlySpan<char> word)
    {
        var shortHash = Hashing.Chars([]);
        var longHash = shortHash;
        var previous = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : Hashing.Fold(c);
            run = cls == previous ? run + 1 : 1;
            if (run == 1)
            {
                shortHash = (shortHash ^ cls) * 1099511628211;
            }
            if (run <= 4)
            {
                longHash = (longHash ^ cls) * 1099511628211;
            }
            previous = cls;
        }
        return (shortHash, longHash);
    }

    /// <summary>EU, NATO, G-7, U.N.: capitals with digits, hyphens or periods, and no lower-case letter.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word) => word.Length >= 2 && !HasLower(word);

    public static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    public static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }
}
