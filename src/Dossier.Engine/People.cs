using Dossier.Engine.Internal;

namespace Dossier.Engine;

/// <summary>
/// The people, organisations, governments and unnamed sources of the stored articles with their
/// titles. Actors are resolved within each article; across articles, an actor is the who's who
/// entry its name was linked to (<see cref="ActorLinks"/>) and goes by that entry's name, so
/// "Yoon Suk-yeol" and "Yoon Suk Yeol" are one. Other actors of the same name and kind, spelled
/// alike up to case and hyphens, are one.
/// </summary>
public static class People
{
    /// <returns>Most quoted first, then most mentioned, then by name.</returns>
    public static IReadOnlyList<Person> Of(LinkedArticles articles)
    {
        var links = ActorLinks.Of(articles);
        var people = new Dictionary<(string, ActorKind), Entry>();
        foreach (var stored in articles.Documents)
        {
            var document = stored.Document;
            for (var a = 0; a < document.Actors.Length; a++)
            {
                var actor = document.Actors[a];
                var name = links.Name(stored.Id, actor);
                var key = (name.Replace('-', ' ').ToUpperInvariant(), actor.Kind);
                if (!people.TryGetValue(key, out var entry))
                {
                    entry = people[key] = new Entry(name, actor.Kind);
                }
                entry.Documents.Add(stored.Id);
                entry.Mentions += actor.Mentions.Length;
                entry.Quotes += document.Quotes.Count(q => q.Speaker == a);
                foreach (var role in actor.Roles)
                {
                    ActorRoles.Merge(entry.Roles, role);
                }
            }
        }
        return
        [
            .. people.Values
                .OrderByDescending(p => p.Quotes).ThenByDescending(p => p.Mentions).ThenBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new Person(p.Name, p.Kind, p.Roles, [.. p.Documents], p.Mentions, p.Quotes)),
        ];
    }

    /// <summary>A role as one phrase: "former prime minister", "then-foreign minister", "professor of Korean studies, Kobe University".</summary>
    public static string Describe(ActorRole role) =>
        (role.Tense switch { RoleTense.Former => "former ", RoleTense.Then => "then-", _ => "" })
        + role.Title
        + (role.Affiliation is { } affiliation ? ", " + affiliation : "");

    private sealed class Entry(string name, ActorKind kind)
    {
        public string Name { get; } = name;

        public ActorKind Kind { get; } = kind;

        public SortedSet<long> Documents { get; } = [];

        public List<ActorRole> Roles { get; } = [];

        public int Mentions { get; set; }

        public int Quotes { get; set; }
    }
}
