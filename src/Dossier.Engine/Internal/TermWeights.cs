namespace Dossier.Engine.Internal;

/// <summary>
/// Document frequencies over a collection of articles, and the unit TF-IDF vectors they give:
/// weight = (1 + ln tf) × (1 + ln((N + 1) / (df + 1))). The smoothed IDF never reaches zero, so
/// a word every article shares still counts in a collection of three.
/// </summary>
internal sealed class TermWeights
{
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _entities = new(StringComparer.Ordinal);
    private readonly int _documents;

    public TermWeights(IReadOnlyCollection<ArticleFeatures> articles)
    {
        _documents = articles.Count;
        foreach (var article in articles)
        {
            Count(_terms, article.Terms);
            Count(_entities, article.Entities);
        }
    }

    /// <param name="termLimit">Only the article's highest-weighted content words are kept: the rest is mostly noise for clustering.</param>
    public (Dictionary<string, double> Terms, Dictionary<string, double> Entities) Vectors(ArticleFeatures article, int termLimit) =>
        (Unit(article.Terms, _terms, termLimit), Unit(article.Entities, _entities, int.MaxValue));

    /// <summary>The TF-IDF weight of a content word in the article.</summary>
    public double TermWeight(string term, int count) => Weight(count, _terms.GetValueOrDefault(term));

    private double Weight(int count, int documentFrequency) =>
        (1 + Math.Log(count)) * (1 + Math.Log((_documents + 1.0) / (documentFrequency + 1.0)));

    private Dictionary<string, double> Unit(Dictionary<string, int> counts, Dictionary<string, int> frequencies, int limit)
    {
        // An array sort rather than LINQ's ordering: placement weighs every stored article each time. The
        // order is the same total order (weight descending, then key), so the vector and its sums are too.
        var weighted = new (string Key, double Weight)[counts.Count];
        var i = 0;
        foreach (var (key, count) in counts)
        {
            weighted[i++] = (key, Weight(count, frequencies.GetValueOrDefault(key)));
        }
        Array.Sort(weighted, static (a, b) => b.Weight.CompareTo(a.Weight) is var byWeight and not 0 ? byWeight : string.CompareOrdinal(a.Key, b.Key));
        var kept = weighted.AsSpan(0, Math.Min(limit, weighted.Length));
        var squares = 0.0;
        foreach (var (_, weight) in kept)
        {
            squares += weight * weight;
        }
        var norm = Math.Sqrt(squares);
        var unit = new Dictionary<string, double>(kept.Length, StringComparer.Ordinal);
        foreach (var (key, weight) in kept)
        {
            unit.Add(key, weight / norm);
        }
        return unit;
    }

    private static void Count(Dictionary<string, int> frequencies, Dictionary<string, int> counts)
    {
        foreach (var key in counts.Keys)
        {
            frequencies[key] = frequencies.GetValueOrDefault(key) + 1;
        }
    }
}
