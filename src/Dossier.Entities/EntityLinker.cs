using System.Collections.Immutable;

namespace Dossier.Entities;

/// <summary>
/// Joins the names the articles give one entity. Names that differ only in case, hyphens and
/// spacing are one ("Yoon Suk-yeol", "Yoon Suk Yeol"). A one-word person name joins the full
/// name whose first or last word it is ("Yoon", "Kishida"): the one full name of that kind in
/// its own article, else the one in the whole store. When a short name could be two people
/// ("Lee" with Lee Jae-myoung and Lee Won-deog both in view), it stays apart rather than guess.
/// </summary>
public static class EntityLinker
{
    /// <returns>Entities with the most mentions first, then by name.</returns>
    public static ImmutableArray<LinkedEntity> Link(IEnumerable<(long DocumentId, Document Document)> documents)
    {
        var mentions = new List<(long Document, string Text, EntityType Type)>();
        foreach (var (id, document) in documents)
        {
            foreach (var mention in document.Mentions)
            {
                mentions.Add((id, EntityCatalog.Normalize(document[mention.Span]), mention.Type));
            }
        }

        // The full person names each first or last word may stand for, in each article and in all of them.
        var inArticle = new Dictionary<(long Document, string Word), HashSet<string>>();
        var anywhere = new Dictionary<string, HashSet<string>>();
        foreach (var (document, text, type) in mentions)
        {
            var key = Key(text);
            var words = Words(key);
            if (type != EntityType.Person || words.Length < 2)
            {
                continue;
            }
            foreach (var word in new[] { words[0], words[^1] })
            {
                (inArticle.TryGetValue((document, word), out var local) ? local : inArticle[(document, word)] = []).Add(key);
                (anywhere.TryGetValue(word, out var global) ? global : anywhere[word] = []).Add(key);
            }
        }

        var groups = new Dictionary<(string Key, EntityType Type), List<(long Document, string Text)>>();
        foreach (var (document, text, type) in mentions)
        {
            var key = Key(text);
            if (type == EntityType.Person && Words(key).Length == 1)
            {
                key = Single(inArticle.GetValueOrDefault((document, key))) ?? Single(anywhere.GetValueOrDefault(key)) ?? key;
            }
            if (!groups.TryGetValue((key, type), out var group))
            {
                groups[(key, type)] = group = [];
            }
            group.Add((document, text));
        }

        return
        [
            .. groups
                .Select(g => Entity(g.Key.Type, g.Value))
                .OrderByDescending(e => e.Mentions)
                .ThenBy(e => e.Name, StringComparer.Ordinal)
                .ThenBy(e => e.Type),
        ];
    }

    private static LinkedEntity Entity(EntityType type, List<(long Document, string Text)> mentions)
    {
        var spellings = mentions.GroupBy(m => m.Text, StringComparer.Ordinal)
            .OrderByDescending(s => Words(s.Key).Length)
            .ThenByDescending(s => s.Count())
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => s.Key)
            .ToList();
        return new LinkedEntity(spellings[0], type, [.. spellings.Skip(1).Order(StringComparer.Ordinal)], mentions.Count,
            [.. mentions.Select(m => m.Document).Distinct().Order()]);
    }

    /// <summary>The one full name a short name can stand for; null when there is none, or more than one.</summary>
    private static string? Single(HashSet<string>? keys) => keys is { Count: 1 } ? keys.First() : null;

    /// <summary>Lower case, hyphens as spaces, one space between words: "Yoon Suk-yeol" and "Yoon Suk Yeol" meet.</summary>
    private static string Key(string name) => string.Join(' ', Words(name.ToLowerInvariant().Replace('-', ' ')));

    private static string[] Words(string name) => name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
