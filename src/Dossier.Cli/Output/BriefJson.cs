using Dossier.Entities;
using Dossier.Store;

namespace Dossier.Cli.Output;

internal static class BriefJson
{
    public static object Of(IReadOnlyList<StoredDocument> documents)
    {
        var catalog = EntityCatalog.Build(documents.Select(d => (d.Id, d.Document)));
        return Of(documents, catalog);
    }

    private static object Of(IReadOnlyList<StoredDocument> documents, IReadOnlyList<CatalogEntry> catalog) => new
    {
        documents = documents.Select(d => new
        {
            d.Id,
            date = d.Document.Published,
            title = d.Document.Source.Title,
            location = d.Document.Source.Location,
            words = d.Document.WordCount,
            sentences = d.Document.Sentences.Length,
        }),
        dated_mentions = DatedMentions.Of(documents).Select(m => new
        {
            document_id = m.DocumentId,
            value = m.Value,
            type = m.Type.ToString().ToUpperInvariant(),
            m.Timex.Span.Start,
            m.Timex.Span.End,
            text = m.Text,
            sentence = m.Context,
        }),
        people = Entries(catalog, EntityType.Person),
        organizations = Entries(catalog, EntityType.Organization),
        places = Entries(catalog, EntityType.Location),
        quotes = QuoteBrief.Json(documents),
    };

    private static IEnumerable<object> Entries(IReadOnlyList<CatalogEntry> catalog, EntityType type) =>
        catalog.Where(e => e.Type == type).Select(EntityJson.Of);
}
