using Dossier.Store;

namespace Dossier.Cli.Output;

internal static class BriefJson
{
    public static object Of(IReadOnlyList<StoredDocument> documents) => new
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
    };
}
