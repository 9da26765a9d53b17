namespace Dossier.Engine;

/// <summary>One participant of a timeline entry.</summary>
/// <param name="Span">The words naming it in the event's clause.</param>
/// <param name="Text">Those words as written: "Aso", "he".</param>
/// <param name="Name">Who they are across the articles: the who's who name ("Taro Aso"), else the article's actor name, else <paramref name="Text"/>.</param>
/// <param name="Type">The who's who entry's type; null when the participant is not in the who's who.</param>
public sealed record TimelineParticipant(TextSpan Span, string Text, string Name, EntityType? Type, ParticipantRole Role);
