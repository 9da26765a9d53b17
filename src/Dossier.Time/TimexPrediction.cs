namespace Dossier.Time;

/// <summary>A time expression the tagger found in one evaluation document.</summary>
/// <param name="DocId">The TimeML <c>DOCID</c>.</param>
public sealed record TimexPrediction(string DocId, TimeExpression Timex);
