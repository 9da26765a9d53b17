namespace Dossier.Events;

/// <param name="Epochs">Passes over the training words.</param>
/// <param name="Seed">Seed of the example shuffle; the same seed gives the same model.</param>
/// <param name="Thresholds">Trigger thresholds to try on dev; the best F1 is kept.</param>
public sealed record EventTrainingOptions(int Epochs, int Seed, IReadOnlyList<float> Thresholds);
