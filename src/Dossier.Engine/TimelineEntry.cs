using System.Collections.Immutable;

namespace Dossier.Engine;

/// <summary>One dated event of the story timeline, cited to its article and sentence.</summary>
/// <param name="Value">The TIMEX3 value of its time, a year or finer: "1965", "2022-11-02".</param>
/// <param name="Time">The time expression the sentence ties it to.</param>
/// <param name="TimeText">The words of <paramref name="Time"/>, as written.</param>
/// <param name="Trigger">The word naming the event, as written.</param>
/// <param name="Context">The text of the event's sentence, as written.</param>
/// <param name="Participants">Who takes part, each under the name the who's who gives it.</param>
public sealed record TimelineEntry(
    long DocumentId,
    string Value,
    Event Event,
    TimeExpression Time,
    string TimeText,
    string Trigger,
    string Context,
    ImmutableArray<TimelineParticipant> Participants);
