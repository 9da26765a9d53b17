using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Dossier.Entities;
using Dossier.Engine.Internal;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// The story timeline: what the articles say happened on each date (a year or finer), in date
/// order across articles, each entry cited to its article and sentence, with its participants named
/// as the who's who names them (see <see cref="EntityLinker"/>). The rules, each read off the
/// samples' and BBC News articles' timelines:
/// <list type="bullet">
/// <item>One entry per sentence and date: "the 1965 bilateral treaty that normalized ties" is one
/// entry with the triggers "treaty" and "normalized". It gathers the events of a named class
/// (meeting, statement, military action, ruling, agreement, election) the sentence ties to that
/// date, the first being the main one; when there are none, the one event nearest the date.</item>
/// <item>A reporting word of class statement or other that is the cue of a quote ("Choi added",
/// "according to Seoul") is left to the quotes: it tells who said something, not what happened.</item>
/// <item>Forms of "be", "have" and "do" name a state, not something that happened, and are never kept.</item>
/// <item>An entry whose events are all of class other is weak when no one takes part in it or its
/// date only bounds it ("rose to its highest level since August 2002"): see <see cref="DateBounds"/>.
/// Weak entries stay in the JSON (<c>weak</c>) but not in the timeline tables.</item>
/// </list>
/// </summary>
public static class StoryTimeline
{
    private static readonly FrozenSet<string> LightVerbs = FrozenSet.ToFrozenSet(
        ["be", "is", "was", "were", "are", "am", "been", "being", "'s", "\u2019s", "has", "have", "had", "having", "do", "does", "did"],
        StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<TimelineEntry> Of(LinkedArticles articles)
    {
        var actors = ActorLinks.Of(articles);
        return [.. Ordered(articles.Documents.SelectMany(stored => Entries(articles, actors, stored, e => TextDate(stored.Document, e))), e => e)];
    }

    /// <summary>
    /// The entries, under the same rules, of the events whose sentence gives no date, each dated by its
    /// article's publication date (<see cref="DatedBy.Article"/>, no time expression), in no order: an
    /// actor's timeline places an actor's undated events there. An article with no date gives none.
    /// </summary>
    internal static IEnumerable<TimelineEntry> AtArticleDates(LinkedArticles articles)
    {
        var actors = ActorLinks.Of(articles);
        return articles.Documents.Where(d => d.Document.Published is not null).SelectMany(stored =>
        {
            var day = new EntryDate(DayValue(stored.Document.Published!.Value), null);
            return Entries(articles, actors, stored, e => IsDated(stored.Document, e) ? null : day);
        });
    }

    /// <summary>The TIMEX3 value of a day: "2023-03-06".</summary>
    internal static string DayValue(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// As the dated mentions are ordered: by the first day each value covers, coarser values first; on
    /// one value, entries dated by their text before those dated by their article; then by article and position.
    /// </summary>
    internal static IEnumerable<T> Ordered<T>(IEnumerable<T> items, Func<T, TimelineEntry> entry) =>
        items.OrderBy(i => DatedMentions.FirstDay(entry(i).Value)).ThenBy(i => entry(i).Value.Length).ThenBy(i => entry(i).DatedBy)
            .ThenBy(i => entry(i).DocumentId).ThenBy(i => entry(i).Event.Trigger.Start);

    /// <summary>One entry per sentence and date, of the events <paramref name="dateOf"/> dates (null: not this timeline's).</summary>
    private static IEnumerable<TimelineEntry> Entries(LinkedArticles articles, ActorLinks actors, StoredDocument stored, Func<Event, EntryDate?> dateOf)
    {
        var document = stored.Document;
        // The date first: it is cheap, and most events are not on this timeline (the quote check reads every quote).
        var shown = document.Events.Select(e => (Event: e, Date: dateOf(e))).Where(e => e.Date is not null)
            .Where(e => !LightVerbs.Contains(document[e.Event.Trigger]) && !IsQuoteCue(document, e.Event))
            .Select(e => new DatedEvent(e.Event, e.Date!.Value));
        foreach (var sameDate in shown.GroupBy(e => (e.Event.Sentence, e.Date.Value)))
        {
            var events = Kept([.. sameDate.OrderBy(e => e.Event.Trigger.Start)]);
            var main = events[0].Event;
            var time = events[0].Date.Time;
            var participants = events.SelectMany(e => e.Event.Participants).DistinctBy(p => p.Span)
                .Select(p => Participant(stored.Id, document, p, articles.Links, actors)).ToImmutableArray();
            var triggers = events.Select(e => new TimelineTrigger(e.Event.Trigger, document[e.Event.Trigger], e.Event.Class)).ToImmutableArray();
            var weak = main.Class == EventClass.Other && (participants.IsEmpty || (time is not null && DateBounds.Bounds(document, time)));
            yield return new TimelineEntry(stored.Id, sameDate.Key.Value, main, time, time is null ? null : document[time.Span],
                document[main.Trigger], document[main.Sentence], participants, triggers, weak);
        }
    }

    /// <summary>The dated time expression the event is tied to, else null.</summary>
    private static EntryDate? TextDate(Document document, Event found) =>
        IsDated(document, found) ? new EntryDate(document.TimeExpressions[found.Time!.Value].Value, document.TimeExpressions[found.Time!.Value]) : null;

    internal static bool IsDated(Document document, Event found) =>
        found.Time is { } index && index < document.TimeExpressions.Length && DatedMentions.IsDated(document.TimeExpressions[index].Value);

    /// <summary>A reporting word (a statement, or "according") that the quote stage read as the cue of a quote.</summary>
    private static bool IsQuoteCue(Document document, Event found) =>
        found.Class is EventClass.Statement or EventClass.Other && document.Quotes.Any(q => q.Cue is { } cue && cue.Overlaps(found.Trigger));

    /// <summary>
    /// The events of a named class in text order, the first being the main one (the main clause
    /// comes first: "Kishida will meet Yoon on Sunday, the final day of the three-day gathering");
    /// else the one event nearest the date (in characters; with no time expression, the sentence's
    /// start, so the first event), the others being words of its surroundings ("rose", "dispute", "compensation").
    /// </summary>
    private static List<DatedEvent> Kept(List<DatedEvent> events)
    {
        var named = events.Where(e => e.Event.Class != EventClass.Other).ToList();
        return named.Count > 0 ? named : [events.MinBy(e => Math.Abs(e.Event.Trigger.Start - (e.Date.Time?.Span.Start ?? e.Event.Sentence.Start)))];
    }

    /// <summary>The participant under the who's who name of the entity its mention joined, else of its actor's entry, else as written.</summary>
    private static TimelineParticipant Participant(long id, Document document, EventParticipant participant, EntityLinks links, ActorLinks actors)
    {
        var text = document[participant.Span];
        var actor = participant.Actor is { } a && a < document.Actors.Length ? document.Actors[a] : null;
        var linked = links.Find(id, participant.Span) ?? (actor is null ? null : actors.Entity(id, actor));
        return new TimelineParticipant(participant.Span, text, linked?.Name ?? actor?.Name ?? text, linked?.Type, participant.Role);
    }

    /// <summary>An entry's date: a TIMEX3 value and the time expression that gives it, or null when the article's date does.</summary>
    private readonly record struct EntryDate(string Value, TimeExpression? Time);

    private readonly record struct DatedEvent(Event Event, EntryDate Date);
}
