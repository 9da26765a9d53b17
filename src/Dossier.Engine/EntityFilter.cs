using Dossier.Engine.Internal;
using Dossier.Entities;

namespace Dossier.Engine;

/// <summary>
/// One actor asked for by name, as the who's who knows it across the articles: the entities (see
/// <see cref="EntityLinker"/>) whose name or any joined spelling is NAME, ignoring case, hyphens and
/// dots ("yoon" finds "Yoon Suk Yeol", whom "Yoon" joined; "suk-yeol" is "Suk Yeol"); when no spelling
/// is NAME, the entities whose spellings hold NAME's words in order ("Suk Yeol" finds "Yoon Suk Yeol", "iTunes
/// store" finds "iTunes Music Store"); failing that, those with the longest spelling that NAME holds in a
/// row ("Beatles Apple Corps" finds "Apple Corps"). An actor the who's who does not hold (a government,
/// "the court", an unnamed source) is matched only by its whole name or description.
/// </summary>
public sealed class EntityFilter
{
    private readonly HashSet<LinkedEntity> _entities;
    private readonly HashSet<string> _actorNames;
    private readonly ActorLinks _actors;
    private readonly EntityLinks _links;

    private EntityFilter(List<Candidate> found, EntityLinks links, ActorLinks actors)
    {
        _links = links;
        _entities = new HashSet<LinkedEntity>(found.Select(c => c.Entity).OfType<LinkedEntity>(), ReferenceEqualityComparer.Instance);
        _actorNames = new HashSet<string>(found.Where(c => c.Entity is null).Select(c => NameFolding.Fold(c.Name)), StringComparer.Ordinal);
        _actors = actors;
        Names = [.. found.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The who's who names (or actor names) the filter keeps, for the reader: "Yoon Suk Yeol".</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The actor named <paramref name="name"/>, or null when no entity or actor of the articles has that name.</summary>
    public static EntityFilter? Find(LinkedArticles articles, string name)
    {
        var wanted = NameFolding.Words(name);
        if (wanted.Length == 0)
        {
            return null;
        }
        var actors = ActorLinks.Of(articles);
        var candidates = Candidates(articles, actors);
        var found = Matching(candidates, words => words.SequenceEqual(wanted));
        if (found.Count == 0)
        {
            found = Matching(candidates.Where(c => c.Entity is not null), words => NameFolding.HoldsInOrder(words, wanted));
        }
        if (found.Count == 0)
        {
            // The longest names NAME holds: "Beatles Apple Corps" is "Apple Corps", "President Yoon" is "Yoon".
            var within = candidates.Where(c => c.Entity is not null).Select(c => (Candidate: c, Words: c.Spellings.Select(NameFolding.Words).Where(w => NameFolding.Holds(wanted, w)).Select(w => w.Length).DefaultIfEmpty(0).Max()))
                .Where(c => c.Words > 0).ToList();
            var longest = within.Count == 0 ? 0 : within.Max(w => w.Words);
            found = [.. within.Where(c => c.Words == longest).Select(c => c.Candidate)];
        }
        return found.Count == 0 ? null : new EntityFilter(found, articles.Links, actors);
    }

    private static List<Candidate> Matching(IEnumerable<Candidate> candidates, Func<string[], bool> matches) =>
        [.. candidates.Where(c => c.Spellings.Any(s => matches(NameFolding.Words(s))))];

    /// <summary>
    /// Up to <paramref name="count"/> names of the articles closest in spelling to <paramref name="name"/>: at most one edit
    /// per three letters (at least one) from the name or from one of its words, nearest and most mentioned first. Only
    /// who's who names are suggested, never an actor's description ("a senior official").
    /// </summary>
    public static IReadOnlyList<string> Suggest(LinkedArticles articles, string name, int count = 3)
    {
        var wanted = NameFolding.Fold(name);
        var limit = Math.Max(1, wanted.Length / 3);
        return [.. Candidates(articles, ActorLinks.Of(articles))
            .Where(c => c.Entity is not null)
            .Select(c => (c.Name, c.Mentions, Distance: c.Spellings.Min(s => NameFolding.Distance(wanted, s))))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Mentions).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(count)];
    }

    /// <summary>"No one in the articles is called 'Yon'. Did you mean 'Yoon Suk Yeol'?": the one-line answer to a name no one has, with the closest names.</summary>
    public static string NotFound(LinkedArticles articles, string name)
    {
        var close = Suggest(articles, name);
        var hint = close.Count == 0 ? "" : $" Did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?";
        return $"No one in the articles is called '{name}'.{hint}";
    }

    /// <summary>True when the actor takes part in an event of the sentence at <paramref name="sentence"/>, or speaks a quote there.</summary>
    public bool IsIn(long documentId, Document document, TextSpan sentence) =>
        document.Events.Any(e => e.Sentence == sentence && TakesPart(documentId, document, e)) || Speaks(documentId, document, sentence);

    /// <summary>True when the actor is a participant of the event: a participant's name mention joined one of its entities, or its actor did.</summary>
    public bool TakesPart(long documentId, Document document, Event found) =>
        found.Participants.Any(p => Is(documentId, document, p.Span, p.Actor is { } a && a < document.Actors.Length ? document.Actors[a] : null));

    /// <summary>True when a quote whose content overlaps <paramref name="sentence"/> has the actor as its speaker.</summary>
    public bool Speaks(long documentId, Document document, TextSpan sentence) =>
        document.Quotes.Any(q => q.Speaker is { } s && s < document.Actors.Length && q.Content.Any(c => c.Overlaps(sentence))
            && IsActor(documentId, document.Actors[s]));

    private bool Is(long documentId, Document document, TextSpan span, Actor? actor)
    {
        if (_links.Find(documentId, span) is { } entity)
        {
            return _entities.Contains(entity);
        }
        return actor is not null ? IsActor(documentId, actor) : _actorNames.Contains(NameFolding.Fold(document[span]));
    }

    private bool IsActor(long documentId, Actor actor) =>
        _actors.Entity(documentId, actor) is { } entity ? _entities.Contains(entity) : _actorNames.Contains(NameFolding.Fold(actor.Name));

    /// <summary>Every entity of the who's who, and every actor that none holds, with the spellings a name is matched against.</summary>
    private static List<Candidate> Candidates(LinkedArticles articles, ActorLinks actors)
    {
        var candidates = articles.Links.Entities.Select(e => new Candidate(e.Name, e, [e.Name, .. e.Variants], e.Mentions)).ToList();
        var unlinked = articles.Documents
            .SelectMany(d => d.Document.Actors.Where(a => actors.Entity(d.Id, a) is null))
            .GroupBy(a => NameFolding.Fold(a.Name), StringComparer.Ordinal)
            .Select(g => new Candidate(g.First().Name, null, [g.First().Name], g.Sum(a => a.Mentions.Length)));
        candidates.AddRange(unlinked);
        return candidates;
    }

    private sealed record Candidate(string Name, LinkedEntity? Entity, IReadOnlyList<string> Spellings, int Mentions);
}
