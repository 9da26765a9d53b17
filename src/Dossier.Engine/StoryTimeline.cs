using System.Collections.Frozen;
using System.Collections.Immutable;
using Dossier.Entities;
using Dossier.Engine.Internal;

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
        var entries = new List<TimelineEntry>();
        foreach (var stored in articles.Documents)
        {
            var document = stored.Document;
            var shown = document.Events.Where(e => IsDated(document, e) && !LightVerbs.Contains(document[e.Trigger]) && !IsQuoteCue(document, e));
            foreach (var sameDate in shown.GroupBy(e => (e.Sentence, document.TimeExpressions[e.Time!.Value].Value)))
            {
                var events = Kept(document, [.. sameDate.OrderBy(e => e.Trigger.Start)]);
                var main = events[0];
                var time = document.TimeExpressions[main.Time!.Value];
                var participants = events.SelectMany(e => e.Participants).DistinctBy(p => p.Span)
                    .Select(p => Participant(stored.Id, document, p, articles.Links, actors)).ToImmutableArray();
                var triggers = events.Select(e => new TimelineTrigger(e.Trigger, document[e.Trigger], e.Class)).ToImmutableArray();
                var weak = main.Class == EventClass.Other && (participants.IsEmpty || DateBounds.Bounds(document, time));
                entries.Add(new TimelineEntry(stored.Id, time.Value, main, time, document[time.Span], document[main.Trigger], document[main.Sentence], participants, triggers, weak));
            }
        }
        // As the dated mentions are ordered: by the first day each value covers, coarser values first.
        return [.. entries.OrderBy(e => DatedMentions.FirstDay(e.Value)).ThenBy(e => e.Value.Length).ThenBy(e => e.DocumentId).ThenBy(e => e.Event.Trigger.Start)];
    }

    internal static bool IsDated(Document document, Event found) =>
        found.Time is { } index && index < document.TimeExpressions.Length && DatedMentions.IsDated(document.TimeExpressions[index].Value);

    /// <summary>A reporting word (a statement, or "according") that the quote stage read as the cue of a quote.</summary>
    private static bool IsQuoteCue(Document document, Event found) =>
        found.Class is EventClass.Statement or EventClass.Other && document.Quotes.Any(q => q.Cue is { } cue && cue.Overlaps(found.Trigger));

    /// <summary>
    /// The events of a named class in text order, the first being the main one (the main clause
    /// comes first: "Kishida will meet Yoon on Sunday, the final day of the three-day gathering");
    /// else the one event nearest the date (in characters), the others being words of its
    /// surroundings ("rose", "dispute", "compensation").
    /// </summary>
    private static List<Event> Kept(Document document, List<Event> events)
    {
        var named = events.Where(e => e.Class != EventClass.Other).ToList();
        return named.Count > 0 ? named : [events.MinBy(e => Math.Abs(e.Trigger.Start - document.TimeExpressions[e.Time!.Value].Span.Start))!];
    }

    /// <summary>The participant under the who's who name of the entity its mention joined, else of its actor's entry, else as written.</summary>
    private static TimelineParticipant Participant(long id, Document document, EventParticipant participant, EntityLinks links, ActorLinks actors)
    {
        var text = document[participant.Span];
        var actor = participant.Actor is { } a && a < document.Actors.Length ? document.Actors[a] : null;
        var linked = links.Find(id, participant.Span) ?? (actor is null ? null : actors.Entity(id, actor));
        return new TimelineParticipant(participant.Span, text, linked?.Name ?? actor?.Name ?? text, linked?.Type, participant.Role);
    }
}
