using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Dossier.Entities;

/// <summary>The result of <see cref="EntityScorer"/>: exact-match entity scores overall and per type, as conlleval reports them.</summary>
public sealed record EntityScores(
    int Tokens,
    int CorrectTokens,
    TypeScore Overall,
    ImmutableSortedDictionary<string, TypeScore> PerType)
{
    /// <summary>Percentage of tokens inside the same entity (or outside any) in gold and prediction; IOB1 and IOB2 spellings of one tagging agree.</summary>
    public double TokenAccuracy => Tokens == 0 ? 0 : 100.0 * CorrectTokens / Tokens;

    /// <summary>The report in conlleval's layout: a summary line, the overall scores, then one line per type.</summary>
    public string ToReport()
    {
        var culture = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine(culture, $"processed {Tokens} tokens with {Overall.Gold} phrases; found: {Overall.Predicted} phrases; correct: {Overall.Correct}.");
        report.AppendLine(culture,
            $"accuracy: {TokenAccuracy,6:F2}%; precision: {Overall.Precision,6:F2}%; recall: {Overall.Recall,6:F2}%; FB1: {Overall.F1,6:F2}");
        foreach (var (type, score) in PerType)
        {
            report.AppendLine(culture,
                $"{type,17}: precision: {score.Precision,6:F2}%; recall: {score.Recall,6:F2}%; FB1: {score.F1,6:F2}  {score.Predicted}");
        }
        return report.ToString();
    }
}
