namespace Dossier.Entities.Internal;

/// <summary>
/// Maps feature keys to weight rows with open addressing (linear probing, load factor at most
/// one half), so scoring a token is a handful of array reads with no allocation.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _slots;
    private readonly int[] _rows;
    private readonly int _mask;

    /// <param name="keys">Distinct non-zero keys; key <c>i</c> gets row <c>i</c>.</param>
    public FeatureTable(ulong[] keys)
    {
        Keys = keys;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }
        _slots = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)(keys[row] & (ulong)_mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = keys[row];
            _rows[slot] = row;
        }
        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The keys in row order.</summary>
    public ulong[] Keys { get; }

    /// <summary>The key's row, or -1 when the model has no weights for it.</summary>
    public int Find(ulong key)
    {
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            var found = _slots[slot];
            if (found == key)
            {
                return _rows[slot];
            }
            if (found == 0)
            {
                return -1;
            }
            slot = (slot + 1) & _mask;
        }
    }
}
