namespace Dossier.Engine;

/// <summary>Scores stories found against gold stories: purity and B-cubed precision, recall and F1 (Bagga and Baldwin).</summary>
public static class StoryEvaluation
{
    /// <param name="found">Article id to the story it was put in.</param>
    /// <param name="gold">Article id to its gold story; every id of <paramref name="found"/> must have one.</param>
    public static StoryScores Score(IReadOnlyDictionary<long, long> found, IReadOnlyDictionary<long, string> gold)
    {
        var storySizes = found.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var goldSizes = gold.Where(g => found.ContainsKey(g.Key)).GroupBy(g => g.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var overlap = found.GroupBy(f => (Story: f.Value, Gold: gold[f.Key])).ToDictionary(g => g.Key, g => g.Count());

        double Precision(long id) => (double)overlap[(found[id], gold[id])] / storySizes[found[id]];
        double Recall(long id) => (double)overlap[(found[id], gold[id])] / goldSizes[gold[id]];

        var purity = overlap.GroupBy(o => o.Key.Story).Sum(g => g.Max(o => o.Value)) / (double)Math.Max(1, found.Count);
        var groups = found.Keys
            .GroupBy(id => gold[id], StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var largest = g.GroupBy(id => found[id]).OrderByDescending(s => s.Count()).ThenBy(s => s.Key).First();
                return new GoldStoryScore(
                    g.Key,
                    g.Count(),
                    g.Select(id => found[id]).Distinct().Count(),
                    largest.Count(),
                    storySizes[largest.Key] - largest.Count(),
                    g.Average(Precision),
                    g.Average(Recall));
            })
            .ToList();
        return new StoryScores(
            found.Count,
            storySizes.Count,
            purity,
            found.Count == 0 ? 0 : found.Keys.Average(Precision),
            found.Count == 0 ? 0 : found.Keys.Average(Recall),
            groups);
    }
}
