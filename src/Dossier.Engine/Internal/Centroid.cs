namespace Dossier.Engine.Internal;

/// <summary>The sum of a story's unit vectors, with its norm kept as vectors are added.</summary>
internal sealed class Centroid
{
    private double _squaredNorm;

    public Dictionary<string, double> Weights { get; } = new(StringComparer.Ordinal);

    public double Norm => Math.Sqrt(_squaredNorm);

    public void Add(Dictionary<string, double> unit)
    {
        foreach (var (key, weight) in unit)
        {
            var old = Weights.GetValueOrDefault(key);
            Weights[key] = old + weight;
            // |c + v|² = |c|² + 2 c·v + |v|², one coordinate at a time.
            _squaredNorm += 2 * old * weight + weight * weight;
        }
    }
}
