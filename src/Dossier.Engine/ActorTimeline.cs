namespace Dossier.Engine;

/// <summary>
/// One actor's timeline: the entries of the story timeline (<see cref="StoryTimeline"/>) in which the
/// actor takes part (a participant of one of the entry's events, matched through the who's who, so
/// "Yoon" finds the entries of "Yoon Suk Yeol" in every article), or that the actor tells of as the
/// speaker of a quote in the entry's sentence ("'We will meet on Sunday,' Yoon said"). The order and
/// the rules of the story timeline are kept, weak entries included.
/// </summary>
public static class ActorTimeline
{
    public static IReadOnlyList<ActorEntry> Of(LinkedArticles articles, IReadOnlyList<TimelineEntry> timeline, EntityFilter actor)
    {
        var documents = articles.Documents.ToDictionary(d => d.Id, d => d.Document);
        var entries = new List<ActorEntry>();
        foreach (var entry in timeline)
        {
            var document = documents[entry.DocumentId];
            var spans = entry.Triggers.Select(t => t.Span).ToHashSet();
            if (document.Events.Any(e => spans.Contains(e.Trigger) && actor.TakesPart(entry.DocumentId, document, e)))
            {
                entries.Add(new ActorEntry(entry, ActorPart.Participant));
            }
            else if (actor.Speaks(entry.DocumentId, document, entry.Event.Sentence))
            {
                entries.Add(new ActorEntry(entry, ActorPart.Speaker));
            }
        }
        return entries;
    }

    /// <summary>
    /// How many events the actor takes part in whose sentence gives no date: they are on no timeline
    /// (the story timeline places only dated events), so the front ends say how many there are.
    /// </summary>
    public static int Undated(LinkedArticles articles, EntityFilter actor) =>
        articles.Documents.Sum(d => d.Document.Events.Count(e => !StoryTimeline.IsDated(d.Document, e) && actor.TakesPart(d.Id, d.Document, e)));
}
