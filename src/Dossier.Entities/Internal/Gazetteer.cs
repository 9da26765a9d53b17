namespace Dossier.Entities.Internal;

/// <summary>
/// Multi-token name lists, matched case-insensitively on token boundaries. Each entry is keyed by
/// the hash of its normalised tokens; entries that are prefixes of longer ones are marked so a
/// match can grow token by token with one lookup per step.
/// </summary>
internal sealed class Gazetteer
{
    public const int ListCount = 8;
    public const int MaxTokens = 8;

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
        var key = 0UL;
        for (var i = 0; i < tokens.Count; i++)
        {
            key = Hashing.Mix(key, Hashing.Normalized(tokens[i]));
            _entries.TryGetValue(key, out var value);
            value |= i == tokens.Count - 1 ? (ushort)(1 << (int)list) : PrefixBit;
            _entries[key] = value;
        }
    }

    /// <summary>
    /// Sets, for every token inside a matched entry, the bit <c>list * 4 + position</c>
    /// (position: 0 begin, 1 inside, 2 last, 3 a one-token entry).
    /// </summary>
    /// <param name="normalized">Each token's <see cref="Hashing.Normalized"/> hash.</param>
    public void Mark(ReadOnlySpan<ulong> normalized, Span<uint> bits)
    {
        bits.Clear();
        for (var start = 0; start < normalized.Length; start++)
        {
            var key = 0UL;
            var end = Math.Min(normalized.Length, start + MaxTokens);
            for (var i = start; i < end; i++)
            {
                key = Hashing.Mix(key, normalized[i]);
                if (!_entries.TryGetValue(key, out var value))
                {
                    break;
                }
                var lists = value & ~PrefixBit;
                if (lists != 0)
                {
                    MarkMatch(lists, start, i + 1, bits);
                }
                if ((value & PrefixBit) == 0)
                {
                    break;
                }
            }
        }
    }

    private static void MarkMatch(int lists, int start, int end, Span<uint> bits)
    {
        for (var list = 0; list < ListCount; list++)
        {
            if ((lists & (1 << list)) == 0)
            {
                continue;
            }
            if (end - start == 1)
            {
                bits[start] |= 1u << ((list * 4) + 3);
                continue;
            }
            bits[start] |= 1u << (list * 4);
            for (var i = start + 1; i < end - 1; i++)
            {
                bits[i] |= 1u << ((list * 4) + 1);
            }
            bits[end - 1] |= 1u << ((list * 4) + 2);
        }
    }
}
