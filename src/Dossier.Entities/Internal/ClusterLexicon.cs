namespace Dossier.Entities.Internal;

/// <summary>
/// Brown-cluster bit strings for words, learned from unlabelled news. A word's cluster is found
/// case-sensitively first; an all-capitals word (a headline) is then tried in title case, and
/// any word last in lower case.
/// </summary>
internal sealed class ClusterLexicon
{
    /// <summary>Bit-string prefix lengths used as features: coarse to fine word classes.</summary>
    public static readonly int[] PrefixLengths = [4, 6, 10, 20];

    private const int MaxWordLength = 64;

    private readonly WordTable _words;
    private readonly ulong[] _prefixHashes;

    /// <param name="words">Each word's index into <paramref name="paths"/>.</param>
    public ClusterLexicon(WordTable words, string[] paths)
    {
        _words = words;
        Paths = paths;
        _prefixHashes = new ulong[paths.Length * PrefixLengths.Length];
        for (var c = 0; c < paths.Length; c++)
        {
            for (var k = 0; k < PrefixLengths.Length; k++)
            {
                var path = paths[c].AsSpan();
                _prefixHashes[(c * PrefixLengths.Length) + k] = Hashing.Chars(path[..Math.Min(path.Length, PrefixLengths[k])]);
            }
        }
    }

    public static ClusterLexicon Empty { get; } = new(WordTable.From([]), []);

    public string[] Paths { get; }

    public WordTable Words => _words;

    /// <summary>Reads <c>bitstring TAB word [TAB count]</c> lines, the layout of Brown-clustering output.</summary>
    /// <param name="minCount">Words counted fewer times are left out (their classes are noise and they slow loading); lines without a count are kept.</param>
    public static ClusterLexicon Read(TextReader reader, int minCount = 1)
    {
        var words = new List<(string, ushort)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var paths = new List<string>();
        var pathIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var columns = line.Split('\t');
            if (columns.Length < 2 || (columns.Length > 2 && int.TryParse(columns[2], out var count) && count < minCount))
            {
                continue;
            }
            if (!pathIndex.TryGetValue(columns[0], out var cluster))
            {
                cluster = paths.Count;
                paths.Add(columns[0]);
                pathIndex[columns[0]] = cluster;
            }
            if (seen.Add(columns[1]))
            {
                words.Add((columns[1], (ushort)cluster));
            }
        }
        return new ClusterLexicon(WordTable.From(words), [.. paths]);
    }

    /// <summary>Copies the word with typographic quotes and dashes folded; false when nothing changed.</summary>
    private static bool Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var changed = false;
        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = Hashing.Fold(word[i]);
            changed |= buffer[i] != word[i];
        }
        return changed;
    }

    /// <summary>The hash of the cluster's first <c>PrefixLengths[k]</c> bits.</summary>
    public ulong PrefixHash(int cluster, int k) => _prefixHashes[(cluster * PrefixLengths.Length) + k];

    /// <summary>True when the lexicon holds the word in lower case: a capitalised word that is also
    /// a common lower-case word ("The", "Meanwhile") is likelier a sentence start than a name.</summary>
    public bool HasLowerCase(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return false;
        }
        Span<char> buffer = stackalloc char[word.Length];
        word.ToLowerInvariant(buffer);
        return !buffer.SequenceEqual(word) && _words.TryGetValue(buffer, out _);
    }

    /// <summary>The word's cluster index, or -1 when it has none.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (_words.TryGetValue(word, out var cluster))
        {
            return cluster;
        }
        if (word.Length > MaxWordLength)
        {
            return -1;
        }
        Span<char> buffer = stackalloc char[word.Length];
        if (Fold(word, buffer))
        {
            return Find(buffer);
        }
        var hasLower = false;
        var hasUpper = false;
        foreach (var c in word)
        {
            hasLower |= char.IsLower(c);
            hasUpper |= char.IsUpper(c);
        }
        if (!hasUpper)
        {
            return -1;
        }
        if (!hasLower && word.Length > 1)
        {
            buffer[0] = word[0];
            word[1..].ToLowerInvariant(buffer[1..]);
            if (_words.TryGetValue(buffer, out cluster))
            {
                return cluster;
            }
        }
        word.ToLowerInvariant(buffer);
        return _words.TryGetValue(buffer, out cluster) ? cluster : -1;
    }
}
