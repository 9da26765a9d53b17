using System.Globalization;
using Dossier.Entities;
using Dossier.Store;

namespace Dossier.Cli.Output;

/// <summary>
/// The brief's who's who: people, organisations and places linked across articles (see
/// <see cref="EntityLinker"/>), each most mentioned first; every brief format renders these.
/// </summary>
internal static class BriefEntities
{
    public static IEnumerable<(string Title, IReadOnlyList<LinkedEntity> Entries)> Sections(IReadOnlyList<StoredDocument> documents)
    {
        var catalog = EntityLinker.Link(documents.Select(d => (d.Id, d.Document)));
        foreach (var (type, title) in new[] { (EntityType.Person, "People"), (EntityType.Organization, "Organisations"), (EntityType.Location, "Places") })
        {
            var entries = catalog.Where(e => e.Type == type).ToList();
            if (entries.Count > 0)
            {
                yield return (title, entries);
            }
        }
    }

    /// <summary>The ids of the articles an entry appears in: "1, 2, 3".</summary>
    public static string Articles(LinkedEntity entry) =>
        string.Join(", ", entry.Documents.Select(d => d.ToString(CultureInfo.InvariantCulture)));
}
