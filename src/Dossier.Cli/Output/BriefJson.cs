using Dossier.Engine;
using Dossier.Entities;
using Dossier.Store;

namespace Dossier.Cli.Output;

internal static class BriefJson
{
    public static object Of(IReadOnlyList<StoredDocument> documents) =>
        Of(documents, BriefEntities.All(documents).ToDictionary(section => section.Type, section => section.Entries));

    private static object Of(IReadOnlyList<StoredDocument> documents, Dictionary<EntityType, IReadOnlyList<LinkedEntity>> entities) => new
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
        people = Entries(entities[EntityType.Person]),
        organizations = Entries(entities[EntityType.Organization]),
        places = Entries(entities[EntityType.Location]),
        quotes = QuoteBrief.Json(documents),
    };

    private static IEnumerable<object> Entries(IReadOnlyList<LinkedEntity> entities) =>
        entities.Select(e => new
        {
            e.Name,
            type = EntityJson.TypeName(e.Type),
            e.Variants,
            e.Mentions,
            e.Documents,
        });
}
