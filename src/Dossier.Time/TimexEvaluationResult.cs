using System.Collections.Immutable;

namespace Dossier.Time;

/// <param name="Scores">Summed over every document that could be annotated.</param>
/// <param name="Predictions">Every expression found, in document then text order.</param>
/// <param name="Failures">One line per document that could not be read or annotated.</param>
public sealed record TimexEvaluationResult(
    int Documents,
    TimexScores Scores,
    ImmutableArray<TimexPrediction> Predictions,
    ImmutableArray<string> Failures);
