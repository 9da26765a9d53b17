using System.Globalization;
using Dossier.Entities;

namespace Dossier.Engine;

/// <summary>
/// The brief's who's who: people, organisations and places linked across articles (see
/// <see cref="EntityLinker"/>), each most mentioned first; every brief format renders these.
/// </summary>
public static class BriefEntities
{
    /// <summary>The sections that have entries, in the order people, organisations, places.</summary>
    public static IEnumerable<EntitySection> Sections(LinkedArticles articles) =>
        All(articles).Where(section => section.Entries.Count > 0);

    /// <summary>All three sections, empty ones included (the JSON always has <c>people</c>, <c>organizations</c> and <c>places</c>).</summary>
    public static IReadOnlyList<EntitySection> All(LinkedArticles articles)
    {
        var catalog = articles.Links.Entities;
        EntitySection Section(EntityType type, string title) => new(type, title, [.. catalog.Where(e => e.Type == type)]);
        return [Section(EntityType.Person, "People"), Section(EntityType.Organization, "Organisations"), Section(EntityType.Location, "Places")];
    }

    /// <summary>The ids of the articles an entry appears in: "1, 2, 3".</summary>
    public static string Articles(LinkedEntity entry) =>
        string.Join(", ", entry.Documents.Select(d => d.ToString(CultureInfo.InvariantCulture)));
}
