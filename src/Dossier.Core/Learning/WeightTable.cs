using System.Runtime.InteropServices;

namespace Dossier.Learning;

/// <summary>
/// How a trained model writes one table of hashed-feature weights: the count, the keys in ascending
/// order, then the weights as half floats (a model loses nothing it can measure at 16 bits, and
/// sorting makes the same weights give the same bytes).
/// </summary>
public static class WeightTable
{
    public static void Write(BinaryWriter writer, IReadOnlyDictionary<ulong, float> weights)
    {
        var entries = weights.OrderBy(e => e.Key).ToArray();
        writer.Write(entries.Length);
        writer.Write(MemoryMarshal.AsBytes(entries.Select(e => e.Key).ToArray().AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(entries.Select(e => (Half)e.Value).ToArray().AsSpan()));
    }

    /// <exception cref="InvalidDataException">The count is negative.</exception>
    /// <exception cref="EndOfStreamException">The stream ends inside the table.</exception>
    public static Dictionary<ulong, float> Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("Not a Dossier model: negative weight count.");
        }
        var keys = new ulong[count];
        var values = new Half[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        var weights = new Dictionary<ulong, float>(count);
        for (var i = 0; i < count; i++)
        {
            weights[keys[i]] = (float)values[i];
        }
        return weights;
    }
}
