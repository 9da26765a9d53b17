using Dossier.Evaluation;

namespace Dossier.Quotes;

/// <summary>Corpus-level scores of predicted attributions against gold (see <see cref="AttributionScorer"/> for the rules).</summary>
/// <param name="ContentExact">Content spans equal to the gold's, white space trimmed.</param>
/// <param name="ContentOverlap">Content overlapping a gold content by at least half of the longer of the two.</param>
/// <param name="SourceCorrect">Overlap-matched pairs whose source is right.</param>
/// <param name="SourceMatched">Overlap-matched pairs: the denominator of source accuracy.</param>
/// <param name="Attribution">Overlap-matched and source right: the headline figure.</param>
/// <param name="QuotedContent">Content overlap restricted to contents with quotation marks, gold and predicted.</param>
/// <param name="QuotedAttribution">Attribution restricted to contents with quotation marks.</param>
public sealed record AttributionScores(
    int Documents,
    Prf ContentExact,
    Prf ContentOverlap,
    int SourceCorrect,
    int SourceMatched,
    Prf Attribution,
    Prf QuotedContent,
    Prf QuotedAttribution)
{
    public double SourceAccuracy => SourceMatched == 0 ? 0 : (double)SourceCorrect / SourceMatched;
}
