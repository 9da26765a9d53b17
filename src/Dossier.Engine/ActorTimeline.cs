using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// One actor's timeline: the entries of the story timeline (<see cref="StoryTimeline"/>) in which the
/// actor takes part (a participant of one of the entry's events, matched through the who's who, so
/// "Yoon" finds the entries of "Yoon Suk Yeol" in every article), or that the actor tells of as the
/// speaker of a quote in the entry's sentence ("'We will meet on Sunday,' Yoon said"). The rules of the
/// story timeline are kept, weak entries included. The actor's events whose sentence gives no date
/// are placed at their article's date (<see cref="DatedBy.Article"/>), under the same rules: asked what
/// Yoon did, "Yoon pledged to …" in an article of 6 Mar 2023 belongs on his timeline, marked as dated
/// by the article rather than by the text. Only those he takes part in are added: a quote he speaks with
/// no date in its sentence tells of someone else's doings at no known time. The order is the story
/// timeline's, entries dated by their text before those dated by their article on one date.
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
            if (TakesPart(entry, document, actor))
            {
                entries.Add(new ActorEntry(entry, ActorPart.Participant));
            }
            else if (actor.Speaks(entry.DocumentId, document, entry.Event.Sentence))
            {
                entries.Add(new ActorEntry(entry, ActorPart.Speaker));
            }
        }
        entries.AddRange(StoryTimeline.AtArticleDates(articles).Where(e => TakesPart(e, documents[e.DocumentId], actor))
            .Select(e => new ActorEntry(e, ActorPart.Participant)));
        return [.. StoryTimeline.Ordered(entries, e => e.Entry)];
    }

    /// <summary>
    /// How many events the actor takes part in that are on no timeline: their sentence gives no date,
    /// and neither does their article. The front ends say how many there are.
    /// </summary>
    public static int Undated(LinkedArticles articles, EntityFilter actor) =>
        UndatedEvents(articles, actor).Count(e => e.Article.Document.Published is null);

    /// <summary>The events the actor takes part in whose sentence gives no date, with their article.</summary>
    internal static IEnumerable<(StoredDocument Article, Event Event)> UndatedEvents(LinkedArticles articles, EntityFilter actor) =>
        articles.Documents.SelectMany(d => d.Document.Events
            .Where(e => !StoryTimeline.IsDated(d.Document, e) && actor.TakesPart(d.Id, d.Document, e))
            .Select(e => (d, e)));

    /// <summary>Whether the actor takes part in one of the entry's events.</summary>
    private static bool TakesPart(TimelineEntry entry, Document document, EntityFilter actor)
    {
        var spans = entry.Triggers.Select(t => t.Span).ToHashSet();
        return document.Events.Any(e => spans.Contains(e.Trigger) && actor.TakesPart(entry.DocumentId, document, e));
    }
}
