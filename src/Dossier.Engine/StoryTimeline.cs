using System.Collections.Frozen;
using System.Collections.Immutable;
using Dossier.Entities;
using Dossier.Engine.Internal;

namespace Dossier.Engine;

/// <summary>
/// The story timeline: every event the articles tie to a date (a year or finer), in date order
/// across articles, each cited to its article and sentence, with its participants named as the
/// who's who names them (see <see cref="EntityLinker"/>). A sentence often ties several events to
/// one date ("Expectations rose Wednesday … as Aso met Yoon for talks"); of those, the timeline keeps
/// the one nearest the date and those of a named class (meeting, statement, military action,
/// ruling, agreement, election). Forms of "be", "have" and "do" name a state,
/// not something that happened, and are never kept.
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
            var dated = document.Events.Where(e => e.Time is { } index && index < document.TimeExpressions.Length
                && DatedMentions.IsDated(document.TimeExpressions[index].Value) && !LightVerbs.Contains(document[e.Trigger]));
            foreach (var sameTime in dated.GroupBy(e => e.Time!.Value))
            {
                var time = document.TimeExpressions[sameTime.Key];
                foreach (var found in Kept([.. sameTime], time))
                {
                    var participants = found.Participants.Select(p => Participant(stored.Id, document, p, articles.Links, actors)).ToImmutableArray();
                    entries.Add(new TimelineEntry(stored.Id, time.Value, found, time, document[time.Span], document[found.Trigger], document[found.Sentence], participants));
                }
            }
        }
        // As the dated mentions are ordered: by the first day each value covers, coarser values first.
        return [.. entries.OrderBy(e => DatedMentions.FirstDay(e.Value)).ThenBy(e => e.Value.Length).ThenBy(e => e.DocumentId).ThenBy(e => e.Event.Trigger.Start)];
    }

    /// <summary>The event nearest this time and the events of a named class tied to it, in text order.</summary>
    private static IEnumerable<Event> Kept(List<Event> events, TimeExpression time)
    {
        var nearest = events.MinBy(e => Math.Abs(e.Trigger.Start - time.Span.Start));
        return events.Where(e => e == nearest || e.Class != EventClass.Other);
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
