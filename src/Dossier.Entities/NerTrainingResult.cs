using System.Collections.Immutable;

namespace Dossier.Entities;

/// <param name="DevF1PerEpoch">Entity F1 on the development set after each epoch of each run, averaged weights.</param>
/// <param name="BestEpoch">One-based epoch whose weights the (last) run keeps.</param>
public sealed record NerTrainingResult(
    NerModel Model,
    ImmutableArray<double> DevF1PerEpoch,
    int BestEpoch,
    EntityScores DevScores,
    TimeSpan Elapsed);
