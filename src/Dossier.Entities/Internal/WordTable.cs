using System.Runtime.InteropServices;

namespace Dossier.Entities.Internal;

/// <summary>
/// A read-only map from words to small integers, stored as one character blob with offsets and
/// an open-addressing index. Loading it is a few bulk array reads, not half a million string
/// allocations, and a lookup takes a span without building a string.
/// </summary>
internal sealed class WordTable
{
    private readonly char[] _chars;
    private readonly int[] _offsets;
    private readonly ushort[] _values;
    private readonly int[] _slots;
    private readonly int _mask;

    /// <param name="offsets">Word <c>i</c> is <c>chars[offsets[i]..offsets[i + 1]]</c>; the words are distinct.</param>
    public WordTable(char[] chars, int[] offsets, ushort[] values)
    {
        _chars = chars;
        _offsets = offsets;
        _values = values;
        var capacity = 16;
        while (capacity < Count * 2)
        {
            capacity *= 2;
        }
        _slots = new int[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = (int)(Hashing.Chars(Word(i)) & (ulong)_mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = i + 1;
        }
    }

    public int Count => _values.Length;

    public static WordTable From(IReadOnlyList<(string Word, ushort Value)> entries)
    {
        var offsets = new int[entries.Count + 1];
        var total = entries.Sum(e => e.Word.Length);
        var chars = new char[total];
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i].Word.CopyTo(chars.AsSpan(offsets[i]));
            offsets[i + 1] = offsets[i] + entries[i].Word.Length;
        }
        return new WordTable(chars, offsets, [.. entries.Select(e => e.Value)]);
    }

    public ReadOnlySpan<char> Word(int index) => _chars.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    public ushort Value(int index) => _values[index];

    public bool TryGetValue(ReadOnlySpan<char> word, out ushort value)
    {
        var slot = (int)(Hashing.Chars(word) & (ulong)_mask);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                value = 0;
                return false;
            }
            if (Word(entry - 1).SequenceEqual(word))
            {
                value = _values[entry - 1];
                return true;
            }
            slot = (slot + 1) & _mask;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        writer.Write(_chars.Length);
        writer.Write(MemoryMarshal.AsBytes(_offsets.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_chars.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_values.AsSpan()));
    }

    public static WordTable Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var chars = new char[reader.ReadInt32()];
        var offsets = new int[count + 1];
        var values = new ushort[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(offsets.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(chars.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return new WordTable(chars, offsets, values);
    }
}
