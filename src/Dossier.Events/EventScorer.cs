using Dossier.Evaluation;
using Dossier.Time;

namespace Dossier.Events;

/// <summary>Scores one document's predicted events against its gold TimeML events and event–time links.</summary>
public static class EventScorer
{
    /// <param name="annotated">The document as the pipeline annotated it: its text is <paramref name="gold"/>'s.</param>
    public static EventScores Score(TimeMLDocument gold, Document annotated)
    {
        var goldSpans = gold.Events.Select(e => e.Span).ToHashSet();
        var predicted = new Dictionary<TextSpan, Event>();
        foreach (var found in annotated.Events)
        {
            predicted.TryAdd(found.Trigger, found);
        }
        var triggers = new Prf(predicted.Keys.Count(goldSpans.Contains), predicted.Count, goldSpans.Count);

        var events = gold.Events.ToDictionary(e => e.Id, e => e.Span, StringComparer.Ordinal);
        var timexes = new Dictionary<string, TimeExpression>(StringComparer.Ordinal);
        for (var t = 0; t < gold.TimexIds.Length; t++)
        {
            timexes.TryAdd(gold.TimexIds[t], gold.Timexes[t]);
        }
        var (links, linksFound, linksRight) = (0, 0, 0);
        foreach (var (eventId, timexId) in gold.Links.Select(l => (l.EventId, l.TimexId)).Distinct())
        {
            if (!events.TryGetValue(eventId, out var span) || !timexes.TryGetValue(timexId, out var timex)
                || timex.Type is not (TimexType.Date or TimexType.Time) || SentenceOf(annotated, span.Start) != SentenceOf(annotated, timex.Span.Start))
            {
                continue;
            }
            links++;
            if (predicted.TryGetValue(span, out var found))
            {
                linksFound++;
                if (found.Time is { } time && annotated.TimeExpressions[time].Span.Overlaps(timex.Span))
                {
                    linksRight++;
                }
            }
        }
        return new EventScores(triggers, links, linksFound, linksRight);
    }

    private static int SentenceOf(Document document, int offset)
    {
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            if (document.Sentences[s].Span.Contains(offset))
            {
                return s;
            }
        }
        return -1;
    }
}
