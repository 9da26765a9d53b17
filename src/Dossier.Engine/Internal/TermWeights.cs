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
        var weighted = counts
            .Select(c => (Key: c.Key, Weight: Weight(c.Value, frequencies.GetValueOrDefault(c.Key))))
            .OrderByDescending(c => c.Weight).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
        var norm = Math.Sqrt(weighted.Sum(c => c.Weight * c.Weight));
        return weighted.ToDictionary(c => c.Key, c => c.Weight / norm, StringComparer.Ordinal);
    }

    private static void Count(Dictionary<string, int> frequencies, Dictionary<string, int> counts)
    {
        foreach (var key in counts.Keys)
        {
            frequencies[key] = frequencies.GetValueOrDefault(key) + 1;
        }
    }
}
