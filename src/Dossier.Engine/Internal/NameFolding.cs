namespace Dossier.Engine.Internal;

/// <summary>How a name asked for is compared with the names of the articles: case, hyphens, dots and apostrophes aside, as words.</summary>
internal static class NameFolding
{
    /// <summary>"Yoon Suk-yeol" and "yoon suk yeol" are both "yoon suk yeol"; "U.S." is "us".</summary>
    public static string Fold(string name) => string.Join(' ', Words(name));

    public static string[] Words(string name)
    {
        var chars = name.ToLowerInvariant().Select(c => c is '-' or '\u2011' or '_' ? ' ' : c).Where(c => c is not ('.' or '\'' or '\u2019')).ToArray();
        return new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>True when <paramref name="wanted"/> occurs in <paramref name="words"/> as whole words in a row.</summary>
    public static bool Holds(string[] words, string[] wanted)
    {
        for (var i = 0; i + wanted.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, wanted.Length).SequenceEqual(wanted))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="wanted"/>'s words occur in <paramref name="words"/> in the same order, others allowed between them.</summary>
    public static bool HoldsInOrder(string[] words, string[] wanted)
    {
        var next = 0;
        foreach (var word in words)
        {
            if (next < wanted.Length && word == wanted[next])
            {
                next++;
            }
        }
        return next == wanted.Length;
    }

    /// <summary>The fewest edits (Levenshtein) from <paramref name="wanted"/> (folded) to the folded spelling or to one of its words.</summary>
    public static int Distance(string wanted, string spelling)
    {
        var folded = Fold(spelling);
        return folded.Split(' ').Prepend(folded).Min(candidate => Levenshtein(wanted, candidate));
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
