namespace Dossier.Store;

/// <summary>The stories as stored, read in one statement so a placer's merge is seen whole or not at all.</summary>
/// <param name="Members">The story of every document that has one: document id to story id.</param>
/// <param name="Aliases">The id of every story merged into another to the id of the story that now holds its articles.</param>
public sealed record StoredStories(IReadOnlyDictionary<long, long> Members, IReadOnlyDictionary<long, long> Aliases)
{
    /// <summary>The id of the story that holds the articles of story <paramref name="id"/>: its own, or the one it merged into.</summary>
    public long Resolve(long id) => Aliases.GetValueOrDefault(id, id);
}
