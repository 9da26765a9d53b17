using System.Collections.Immutable;

namespace Dossier.Events;

/// <param name="Documents">How many files were scored.</param>
/// <param name="Failures">One line per file that could not be read or annotated.</param>
public sealed record EventEvaluationResult(int Documents, EventScores Scores, ImmutableArray<string> Failures);
