using Dossier.Entities;

namespace Dossier.Engine.Internal;

/// <summary>
/// Which who's who entry (<see cref="EntityLinker"/>) each actor of the stored articles is: the
/// linked entity that most of the actor's mentions joined, the first of them on a tie. So "Yoon
/// Suk-yeol" and "Yoon" in one article and "Yoon Suk Yeol" in another are one person, shown under
/// one name. An actor no name mention of which was linked (an unnamed source, "South Korea's
/// presidential office") is an entry of none and keeps its own name.
/// </summary>
internal sealed class ActorLinks
{
    private readonly EntityLinks _entities;

    private ActorLinks(EntityLinks entities)
    {
        _entities = entities;
    }

    public static ActorLinks Of(LinkedArticles articles) => new(articles.Links);

    /// <param name="documentId">The id of the stored article the actor is in.</param>
    public LinkedEntity? Entity(long documentId, Actor actor)
    {
        var votes = new Dictionary<LinkedEntity, int>(ReferenceEqualityComparer.Instance);
        LinkedEntity? best = null;
        foreach (var span in actor.Mentions)
        {
            if (_entities.Find(documentId, span) is not { } entity)
            {
                continue;
            }
            var count = votes[entity] = votes.GetValueOrDefault(entity) + 1;
            if (best is null || count > votes[best])
            {
                best = entity;
            }
        }
        return best;
    }

    /// <summary>The name of the actor's who's who entry, else its own name.</summary>
    public string Name(long documentId, Actor actor) => Entity(documentId, actor)?.Name ?? actor.Name;
}
