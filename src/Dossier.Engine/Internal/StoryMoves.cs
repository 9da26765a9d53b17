namespace Dossier.Engine.Internal;

/// <summary>What a placement did to the stories that were stored before it.</summary>
internal static class StoryMoves
{
    /// <param name="known">The stored placements the clusterer was given: document id to story id.</param>
    /// <param name="placed">What it returned for every document.</param>
    /// <returns>Each stored story whose articles now sit in another story, to that story. A story moves whole, so one article tells.</returns>
    public static Dictionary<long, long> Merges(IReadOnlyDictionary<long, long> known, IReadOnlyDictionary<long, long> placed)
    {
        var merges = new Dictionary<long, long>();
        foreach (var (document, story) in known)
        {
            if (placed.TryGetValue(document, out var now) && now != story)
            {
                merges[story] = now;
            }
        }
        return merges;
    }

    /// <summary>The stored aliases carried through <paramref name="merges"/>, and the ids those merges retire: alias to the story that holds its articles.</summary>
    public static Dictionary<long, long> Aliases(IReadOnlyDictionary<long, long> stored, IReadOnlyDictionary<long, long> merges)
    {
        var aliases = stored.ToDictionary(a => a.Key, a => merges.GetValueOrDefault(a.Value, a.Value));
        foreach (var (gone, kept) in merges)
        {
            aliases[gone] = kept;
        }
        return aliases;
    }
}
