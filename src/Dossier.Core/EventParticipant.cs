namespace Dossier;

/// <summary>One actor taking part in an event: the words naming it there, and who they are.</summary>
/// <param name="Span">An entity mention or actor mention in the event's clause ("Aso", "the Supreme Court", "he").</param>
/// <param name="Role">Whether it is the one acting.</param>
/// <param name="Actor">Index into <see cref="Document.Actors"/> when the span is one of an actor's mentions; null otherwise.</param>
public sealed record EventParticipant(TextSpan Span, ParticipantRole Role, int? Actor);
