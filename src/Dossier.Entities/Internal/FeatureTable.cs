namespace Dossier.Entities.Internal;

/// <summary>
/// Maps feature keys to weight rows with open addressing (linear probing, load factor at most
/// one half), so scoring a token is a handful of array reads with no allocation.
/// </summary>
internal sealed class FeatureTable
{
    /// <summary>Key and row side by side, so a probe touches one cache line, not two.</summary>
    private readonly Slot[] _slots;
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
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)(keys[row] & (ulong)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot(keys[row], row);
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
            ref readonly var found = ref _slots[slot];
            if (found.Key == key)
            {
                return found.Row;
            }
            if (found.Key == 0)
            {
                return -1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Slot(ulong Key, int Row);
}
