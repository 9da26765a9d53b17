using System.Collections.Immutable;
using Dossier.Entities.Internal;

namespace Dossier.Entities;

/// <summary>
/// Joins the names the articles give one entity. Names that differ only in case, hyphens, dots and
/// spacing are one ("Yoon Suk-yeol", "Yoon Suk Yeol"; "U.S.", "US"), and so are the aliases of
/// <see cref="NameAliases"/> ("United States", "US"; "Group of Seven", "G-7"). An acronym an article
/// defines in brackets ("Northern Limit Line (NLL)") joins the name it follows: in that article, and
/// in the others when the store defines it once. A one-word person name joins the full name whose
/// first or last word it is ("Yoon", "Kishida"): the one full name of that kind in its own article,
/// else the one in the whole store. When a short name could be two people ("Lee" with Lee Jae-myoung
/// and Lee Won-deog both in view), it stays apart rather than guess. A compass word alone, as a
/// place ("the North’s launches", "a visit to the South"), is a short form too: it joins the one
/// place named with that word first ("North Korea", "South Korea"), in its own article, else in the
/// store; CoNLL-2003 tags such a word as a place, so the recognizer keeps it and the linker says which.
/// </summary>
/// <remarks>
/// The name an entity is shown under is its fullest spelling (most words, hyphenated parts counted
/// apart), then the one written most often, then the one the earliest article (by date, undated
/// last, then id) writes first: "Yoon Suk Yeol" over "Yoon Suk-yeol" when two articles write the
/// first and one the second, "United States" over "U.S.".
/// </remarks>
public static class EntityLinker
{
    public static EntityLinks Link(IEnumerable<(long DocumentId, Document Document)> documents)
    {
        var mentions = new List<Named>();
        var acronyms = new NameIndex();
        // The full person names each first or last word may stand for, in each article and in all of them.
        var surnames = new NameIndex();
        // The places each compass word begins ("north" for North Korea).
        var compassPlaces = new NameIndex();
        foreach (var (id, document) in documents)
        {
            foreach (var mention in document.Mentions)
            {
                var text = EntityCatalog.Normalize(document[mention.Span]);
                var named = new Named(id, document.Published, mention.Span, text, Key(text), mention.Type);
                mentions.Add(named);
                if (NameKey.Words(text).Length > 1 && Acronym.DefinedAfter(document.Text, mention.Span) is { } acronym)
                {
                    acronyms.Add(id, Key(document[acronym]), named.Key);
                }
                var words = NameKey.Words(named.Key);
                if (named.Type == EntityType.Person && words.Length > 1)
                {
                    surnames.Add(id, words[0], named.Key);
                    surnames.Add(id, words[^1], named.Key);
                }
                if (named.Type == EntityType.Location && words.Length > 1 && CompassWords.Contains(words[0]))
                {
                    compassPlaces.Add(id, words[0], named.Key);
                }
            }
        }

        var groups = new Dictionary<(string Key, EntityType Type), List<Named>>();
        foreach (var mention in mentions)
        {
            var key = mention.Key;
            if (NameKey.Words(key).Length == 1)
            {
                key = (mention.Text.Any(char.IsLower) ? null : acronyms.Find(mention.Document, key))
                    ?? (mention.Type == EntityType.Person ? surnames.Find(mention.Document, key) : null)
                    ?? (mention.Type == EntityType.Location ? compassPlaces.Find(mention.Document, key) : null)
                    ?? key;
            }
            if (!groups.TryGetValue((key, mention.Type), out var group))
            {
                groups[(key, mention.Type)] = group = [];
            }
            group.Add(mention);
        }

        var byMention = new Dictionary<(long, TextSpan), LinkedEntity>();
        var entities = new List<LinkedEntity>(groups.Count);
        foreach (var group in groups)
        {
            var entity = Entity(group.Key.Type, group.Value);
            entities.Add(entity);
            foreach (var mention in group.Value)
            {
                byMention[(mention.Document, mention.Span)] = entity;
            }
        }
        ImmutableArray<LinkedEntity> ordered =
        [
            .. entities
                .OrderByDescending(e => e.Mentions)
                .ThenBy(e => e.Name, StringComparer.Ordinal)
                .ThenBy(e => e.Type),
        ];
        return new EntityLinks(ordered, byMention);
    }

    private static LinkedEntity Entity(EntityType type, List<Named> mentions)
    {
        var spellings = mentions.GroupBy(m => m.Text, StringComparer.Ordinal)
            .OrderByDescending(s => NameKey.Words(NameKey.Of(s.Key)).Length)
            .ThenByDescending(s => s.Count())
            .ThenBy(s => s.Min(m => (m.Published ?? DateOnly.MaxValue, m.Document, m.Span.Start)))
            .Select(s => s.Key)
            .ToList();
        return new LinkedEntity(spellings[0], type, [.. spellings.Skip(1).Order(StringComparer.Ordinal)], mentions.Count,
            [.. mentions.Select(m => m.Document).Distinct().Order()]);
    }

    /// <summary>Compass words as <see cref="NameKey"/> writes them.</summary>
    private static readonly HashSet<string> CompassWords =
        new(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"], StringComparer.Ordinal);

    private static string Key(string name) => NameAliases.Resolve(NameKey.Of(name));

    /// <param name="Key">The text as the linker compares names: <see cref="NameKey"/>, aliases resolved.</param>
    private readonly record struct Named(long Document, DateOnly? Published, TextSpan Span, string Text, string Key, EntityType Type);
}
