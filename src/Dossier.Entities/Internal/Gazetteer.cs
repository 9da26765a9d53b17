namespace Dossier.Entities.Internal;

/// <summary>
/// Multi-token name lists, matched case-insensitively on token boundaries. Each entry is keyed by
/// the hash of its normalised tokens; entries that are prefixes of longer ones are marked so a
/// match can grow token by token with one lookup per step.
/// </summary>
internal sealed class Gazetteer
{
    public const int ListCount = 13;
    public const int MaxTokens = 8;

    /// <summary>A possessive <c>'s</c> is skipped when entries are added and matched, so "Prime Minister's Office"
    /// matches whether the tokenizer split the <c>'s</c> off or the apostrophe is curly and glued on.</summary>
    private static readonly ulong PossessiveKey = Hashing.Normalized("'s");

    /// <summary>Set on an entry whose tokens begin some longer entry.</summary>
    private const ushort PrefixBit = 1 << 15;

    private readonly Dictionary<ulong, ushort> _entries;

    public Gazetteer(Dictionary<ulong, ushort>? entries = null)
    {
        _entries = entries ?? [];
    }

    public IReadOnlyDictionary<ulong, ushort> Entries => _entries;

    public Gazetteer Clone() => new(new Dictionary<ulong, ushort>(_entries));

    public void Add(IReadOnlyList<string> tokens, GazetteerList list)
    {
        if (tokens.Count == 0 || tokens.Count > MaxTokens)
        {
            return;
        }
        var words = WordKeys(tokens);
        if (words.Length == 0)
        {
            return;
        }
        var key = 0UL;
        for (var i = 0; i < words.Length; i++)
        {
            key = Hashing.Mix(key, words[i]);
            _entries.TryGetValue(key, out var value);
            value |= i == words.Length - 1 ? (ushort)(1 << (int)list) : PrefixBit;
            _entries[key] = value;
        }
    }

    /// <summary>The lists that hold exactly this name (one bit per <see cref="GazetteerList"/>); 0 when none does.</summary>
    /// <param name="tokens">The name split as <see cref="GazetteerSources.Tokenize"/> splits it.</param>
    public int ListsOf(IReadOnlyList<string> tokens)
    {
        var key = 0UL;
        foreach (var word in WordKeys(tokens))
        {
            key = Hashing.Mix(key, word);
        }
        return key != 0 && _entries.TryGetValue(key, out var value) ? value & ~PrefixBit : 0;
    }

    private static ulong[] WordKeys(IReadOnlyList<string> tokens) =>
        [.. tokens.Select(t => Hashing.Normalized(t.AsSpan(0, Possessive.CoreLength(t)))).Where(h => h != PossessiveKey)];

    /// <summary>
    /// Sets, for every token inside a matched entry, the bit <c>list * 4 + position</c>
    /// (position: 0 begin, 1 inside, 2 last, 3 a one-token entry).
    /// </summary>
    /// <param name="normalized">Each token's <see cref="Hashing.Normalized"/> hash.</param>
    /// <param name="organizations">When given, receives the token ranges <c>[Start, End)</c> of every
    /// match of the compiled <see cref="GazetteerList.Organization"/> list.</param>
    public void Mark(ReadOnlySpan<ulong> normalized, Span<ulong> bits, List<(int Start, int End)>? organizations = null)
    {
        bits.Clear();
        for (var start = 0; start < normalized.Length; start++)
        {
            var key = 0UL;
            var end = Math.Min(normalized.Length, start + MaxTokens);
            if (normalized[start] == PossessiveKey)
            {
                continue;
            }
            for (var i = start; i < end; i++)
            {
                if (normalized[i] == PossessiveKey)
                {
                    end = Math.Min(normalized.Length, end + 1);
                    continue;
                }
                key = Hashing.Mix(key, normalized[i]);
                if (!_entries.TryGetValue(key, out var value))
                {
                    break;
                }
                var lists = value & ~PrefixBit;
                if (lists != 0)
                {
                    MarkMatch(lists, start, i + 1, bits);
                    if (organizations is not null && (lists & (1 << (int)GazetteerList.Organization)) != 0)
                    {
                        organizations.Add((start, i + 1));
                    }
                }
                if ((value & PrefixBit) == 0)
                {
                    break;
                }
            }
        }
    }

    private static void MarkMatch(int lists, int start, int end, Span<ulong> bits)
    {
        for (var list = 0; list < ListCount; list++)
        {
            if ((lists & (1 << list)) == 0)
            {
                continue;
            }
            if (end - start == 1)
            {
                bits[start] |= 1UL << ((list * 4) + 3);
                continue;
            }
            bits[start] |= 1UL << (list * 4);
            for (var i = start + 1; i < end - 1; i++)
            {
                bits[i] |= 1UL << ((list * 4) + 1);
            }
            bits[end - 1] |= 1UL << ((list * 4) + 2);
        }
    }
}
