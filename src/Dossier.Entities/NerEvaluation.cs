using System.Collections.Immutable;

namespace Dossier.Entities;

/// <param name="Predictions">Per sentence of the corpus, one IOB2 tag per token (PER, ORG, LOC, MISC).</param>
public sealed record NerEvaluation(EntityScores Scores, ImmutableArray<ImmutableArray<string>> Predictions);
