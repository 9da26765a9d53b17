namespace Dossier.Quotes;

/// <param name="Predictions">Every predicted attribution with the name of its document, in corpus order.</param>
public sealed record QuoteEvaluationResult(AttributionScores Scores, IReadOnlyList<(string Document, Attribution Attribution)> Predictions);
