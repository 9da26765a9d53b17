using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Dossier.Learning;

/// <summary>
/// One table of a trained model's hashed-feature weights: it scores a set of feature keys as the sum
/// of their weights (unknown keys weigh nothing), and is written as the count, the keys in ascending
/// order, then the weights as half floats (a model loses nothing it can measure at 16 bits, and
/// sorting makes the same weights give the same bytes). Immutable and thread-safe.
/// </summary>
public sealed class WeightTable
{
    private readonly FrozenDictionary<ulong, float> weights;

    public WeightTable(IReadOnlyDictionary<ulong, float> weights) => this.weights = weights.ToFrozenDictionary();

    /// <summary>Number of features with weights.</summary>
    public int Count => weights.Count;

    /// <summary>The same table without the weights smaller than <paramref name="minimum"/> in magnitude.</summary>
    public WeightTable Pruned(float minimum) => new(weights.Where(e => Math.Abs(e.Value) >= minimum).ToDictionary());

    /// <summary>The weight of one feature key, 0 when it has none.</summary>
    public float Weight(ulong key) => weights.GetValueOrDefault(key);

    public float Score(ReadOnlySpan<ulong> keys)
    {
        var score = 0f;
        foreach (var key in keys)
        {
            if (weights.TryGetValue(key, out var weight))
            {
                score += weight;
            }
        }
        return score;
    }

    public void Write(BinaryWriter writer)
    {
        var entries = weights.OrderBy(e => e.Key).ToArray();
        writer.Write(entries.Length);
        writer.Write(MemoryMarshal.AsBytes(entries.Select(e => e.Key).ToArray().AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(entries.Select(e => (Half)e.Value).ToArray().AsSpan()));
    }

    /// <exception cref="InvalidDataException">The count is negative.</exception>
    /// <exception cref="EndOfStreamException">The stream ends inside the table.</exception>
    public static WeightTable Read(BinaryReader reader)
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
        return new WeightTable(weights);
    }
}
