using System.Collections.Immutable;

namespace Dossier.Entities;

/// <summary>
/// Groups the mentions of many documents by name and type: the list behind <c>dossier entities</c>
/// and the people, organisations and places of the brief. Names are the covered text with runs of
/// white space read as one space and curly apostrophes as straight ones.
/// </summary>
public static class EntityCatalog
{
    /// <returns>Entries with the most mentions first, then by name.</returns>
    public static ImmutableArray<CatalogEntry> Build(IEnumerable<(long DocumentId, Document Document)> documents)
    {
        var groups = new Dictionary<(string Name, EntityType Type), (int Mentions, SortedSet<long> Documents)>();
        foreach (var (id, document) in documents)
        {
            foreach (var mention in document.Mentions)
            {
                var key = (Normalize(document[mention.Span]), mention.Type);
                if (!groups.TryGetValue(key, out var group))
                {
                    group = (0, []);
                }
                group.Documents.Add(id);
                groups[key] = (group.Mentions + 1, group.Documents);
            }
        }
        return
        [
            .. groups
                .Select(g => new CatalogEntry(g.Key.Name, g.Key.Type, g.Value.Mentions, [.. g.Value.Documents]))
                .OrderByDescending(e => e.Mentions)
                .ThenBy(e => e.Name, StringComparer.Ordinal)
                .ThenBy(e => e.Type),
        ];
    }

    /// <summary>The covered text with runs of white space as one space and curly apostrophes straight.</summary>
    internal static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u2019', '\'');
}
