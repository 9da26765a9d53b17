using System.Collections.Frozen;
using System.Collections.Immutable;
using Dossier.Entities;
using Dossier.Store;

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

    public static IReadOnlyList<TimelineEntry> Of(IReadOnlyList<StoredDocument> documents)
    {
        var names = WhoIsWho(documents);
        var entries = new List<TimelineEntry>();
        foreach (var stored in documents)
        {
            var document = stored.Document;
            var dated = document.Events.Where(e => e.Time is { } index && index < document.TimeExpressions.Length
                && DatedMentions.IsDated(document.TimeExpressions[index].Value) && !LightVerbs.Contains(document[e.Trigger]));
            foreach (var sameTime in dated.GroupBy(e => e.Time!.Value))
            {
                var time = document.TimeExpressions[sameTime.Key];
                foreach (var found in Kept([.. sameTime], time))
                {
                    var participants = found.Participants.Select(p => Participant(stored.Id, document, p, names)).ToImmutableArray();
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

    private static TimelineParticipant Participant(long id, Document document, EventParticipant participant, Dictionary<(long, string), LinkedEntity> names)
    {
        var text = document[participant.Span];
        var actor = participant.Actor is { } a && a < document.Actors.Length ? document.Actors[a].Name : null;
        var linked = names.GetValueOrDefault((id, Key(text))) ?? (actor is null ? null : names.GetValueOrDefault((id, Key(actor))));
        return new TimelineParticipant(participant.Span, text, linked?.Name ?? actor ?? text, linked?.Type, participant.Role);
    }

    /// <summary>Each spelling of each who's who entry, by article: the most mentioned entry wins a spelling two share.</summary>
    private static Dictionary<(long, string), LinkedEntity> WhoIsWho(IReadOnlyList<StoredDocument> documents)
    {
        var names = new Dictionary<(long, string), LinkedEntity>();
        foreach (var entity in EntityLinker.Link(documents.Select(d => (d.Id, d.Document))).Entities)
        {
            foreach (var spelling in entity.Variants.Prepend(entity.Name))
            {
                foreach (var id in entity.Documents)
                {
                    names.TryAdd((id, Key(spelling)), entity);
                }
            }
        }
        return names;
    }

    /// <summary>Case, hyphens, curly apostrophes and runs of spaces aside: "Yoon Suk-yeol" and "Yoon Suk Yeol" meet.</summary>
    private static string Key(string name) =>
        string.Join(' ', name.ToLowerInvariant().Replace('-', ' ').Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
