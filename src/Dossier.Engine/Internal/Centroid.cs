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

    /// <summary>The cosine of the two centroids; 0 when either is empty.</summary>
    public double Cosine(Centroid other)
    {
        if (_squaredNorm == 0 || other._squaredNorm == 0)
        {
            return 0;
        }
        var (small, large) = Weights.Count <= other.Weights.Count ? (Weights, other.Weights) : (other.Weights, Weights);
        var dot = 0.0;
        foreach (var (key, weight) in small)
        {
            if (large.TryGetValue(key, out var otherWeight))
            {
                dot += weight * otherWeight;
            }
        }
        return dot / (Norm * other.Norm);
    }
}
