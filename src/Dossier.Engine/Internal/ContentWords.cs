namespace Dossier.Engine.Internal;

/// <summary>The content words of an article as the story clusterer counts them.</summary>
internal static class ContentWords
{
    /// <summary>Words shorter than this many letters are left out: "UN", "go", "do".</summary>
    private const int MinLength = 3;

    /// <summary>
    /// The word's key: lower case, without a possessive "'s", a plural "-s" or "-ies" folded to
    /// its singular ("vaccines" and "vaccine" meet); null for a stop word, a short word or a word
    /// without letters.
    /// </summary>
    public static string? Key(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }
        if (word.Length < MinLength || !HasLetter(word))
        {
            return null;
        }
        var key = word.ToString().ToLowerInvariant();
        if (StopWords.Contains(key))
        {
            return null;
        }
        if (key.Length > 4 && key.EndsWith("ies", StringComparison.Ordinal))
        {
            return key[..^3] + "y";
        }
        return key.Length > 4 && key[^1] == 's' && key[^2] is not ('s' or 'u' or 'i') ? key[..^1] : key;
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
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
}
