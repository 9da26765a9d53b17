using System.Collections.Immutable;

namespace Dossier;

/// <summary>
/// One thing that happened, or is said, planned or expected to happen: a meeting, a launch, a
/// ruling, a treaty, a statement. It is cited to the sentence it was read from.
/// </summary>
/// <param name="Trigger">The word that names the event ("met", "meeting", "summit", "ruling", "fired").</param>
/// <param name="Class">What kind of event the trigger names.</param>
/// <param name="Sentence">The span of the sentence that holds the trigger.</param>
/// <param name="Time">Index into <see cref="Document.TimeExpressions"/> of the date or time the sentence ties
/// the event to ("met on Wednesday"); null when it ties none.</param>
/// <param name="Participants">The actors in the event's clause, in text order.</param>
public sealed record Event(TextSpan Trigger, EventClass Class, TextSpan Sentence, int? Time, ImmutableArray<EventParticipant> Participants);
