namespace Dossier;

/// <param name="Confidence">The recognizer's probability-like score in [0, 1].</param>
public sealed record EntityMention(TextSpan Span, EntityType Type, double Confidence);
