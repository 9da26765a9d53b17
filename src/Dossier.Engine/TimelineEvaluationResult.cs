namespace Dossier.Engine;

/// <summary>What <see cref="TimelineEvaluation"/> found.</summary>
/// <param name="Documents">Articles annotated.</param>
/// <param name="Failures">Articles the pipeline could not annotate, with why.</param>
/// <param name="Runs">Per system (<see cref="TimelineEvaluation.Baseline"/> …), one run per gold timeline, in the gold's order.</param>
public sealed record TimelineEvaluationResult(int Documents, IReadOnlyList<string> Failures, IReadOnlyDictionary<string, IReadOnlyList<TimelineRun>> Runs);
