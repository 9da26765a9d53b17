using System.Collections.Immutable;

namespace Dossier.Engine;

/// <summary>
/// What one sentence says happened on one date: the events it ties to that date, shown under the
/// main one (<see cref="Event"/>), cited to its article and sentence.
/// </summary>
/// <param name="Value">The TIMEX3 value of its time, a year or finer: "1965", "2022-11-02"; for an entry dated by its article, the article's date.</param>
/// <param name="Event">The main event: of a named class if any is, and of those the one nearest the date.</param>
/// <param name="Time">The time expression the sentence ties it to; null when the entry is dated by its article (<see cref="DatedBy"/>).</param>
/// <param name="TimeText">The words of <paramref name="Time"/>, as written; null with it.</param>
/// <param name="Trigger">The word naming the main event, as written.</param>
/// <param name="Context">The text of the event's sentence, as written.</param>
/// <param name="Participants">Who takes part in any of its events, those of the main event first, each under the name the who's who gives it.</param>
/// <param name="Triggers">Every event the sentence ties to this date, the main one among them, in text order: "treaty", "normalized".</param>
/// <param name="Weak">True when the entry tells little (see <see cref="StoryTimeline"/>): the brief's and the CLI's timeline tables leave it out.</param>
public sealed record TimelineEntry(
    long DocumentId,
    string Value,
    Event Event,
    TimeExpression? Time,
    string? TimeText,
    string Trigger,
    string Context,
    ImmutableArray<TimelineParticipant> Participants,
    ImmutableArray<TimelineTrigger> Triggers,
    bool Weak)
{
    /// <summary>Whether a time expression of the sentence dates the entry, or its article's date does.</summary>
    public DatedBy DatedBy => Time is null ? DatedBy.Article : DatedBy.Text;
}
