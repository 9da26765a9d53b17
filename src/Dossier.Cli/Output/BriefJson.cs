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
    };
}
