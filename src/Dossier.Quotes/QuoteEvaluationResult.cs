namespace Dossier.Quotes;

/// <param name="Predictions">Every predicted attribution with the name of its document, in corpus order.</param>
/// <param name="Failures">One line per article the annotator failed on; those count as predicting nothing.</param>
public sealed record QuoteEvaluationResult(AttributionScores Scores, IReadOnlyList<(string Document, Attribution Attribution)> Predictions, IReadOnlyList<string> Failures);
