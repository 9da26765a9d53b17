using Dossier.Evaluation;

namespace Dossier.Time;

/// <summary>Scores one document's predicted time expressions against its gold ones, as TempEval-3 Task A does.</summary>
public static class TimexScorer
{
    public static TimexScores Score(IReadOnlyList<TimeExpression> gold, IReadOnlyList<TimeExpression> predicted)
    {
        int strictGold = 0, relaxedGold = 0;
        foreach (var g in gold)
        {
            strictGold += predicted.Any(p => p.Span == g.Span) ? 1 : 0;
            relaxedGold += predicted.Any(p => p.Span.Overlaps(g.Span)) ? 1 : 0;
        }

        int strictPredicted = 0, relaxedPredicted = 0;
        foreach (var p in predicted)
        {
            strictPredicted += gold.Any(g => g.Span == p.Span) ? 1 : 0;
            relaxedPredicted += gold.Any(g => g.Span.Overlaps(p.Span)) ? 1 : 0;
        }

        int matched = 0, typeRight = 0, valueRight = 0;
        foreach (var (g, p) in PairByOverlap(gold, predicted))
        {
            matched++;
            typeRight += g.Type == p.Type ? 1 : 0;
            valueRight += string.Equals(g.Value, p.Value, StringComparison.Ordinal) ? 1 : 0;
        }

        return new TimexScores(gold.Count, predicted.Count, strictGold, strictPredicted, relaxedGold, relaxedPredicted, matched, typeRight, valueRight);
    }

    /// <summary>Pairs each gold expression with at most one predicted one, largest overlap first.</summary>
    private static List<(TimeExpression Gold, TimeExpression Predicted)> PairByOverlap(
        IReadOnlyList<TimeExpression> gold, IReadOnlyList<TimeExpression> predicted) =>
        OneToOneMatch.Pairs(gold.Count, predicted.Count, (g, p) =>
            {
                var a = gold[g].Span;
                var b = predicted[p].Span;
                var overlap = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
                return overlap > 0 ? overlap : null;
            })
            .Select(pair => (gold[pair.Gold], predicted[pair.Predicted]))
            .ToList();
}
