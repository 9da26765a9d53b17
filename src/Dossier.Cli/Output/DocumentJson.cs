using Dossier.Store;

namespace Dossier.Cli.Output;

/// <summary>A document and every layer it carries, each annotation with its offsets and covered text.</summary>
internal static class DocumentJson
{
    public static object Of(Document document, long? id = null) => new
    {
        id,
        date = document.Published,
        source = new
        {
            location = document.Source.Location,
            title = document.Source.Title,
            outlet = document.Source.Outlet,
            url = document.Source.Url,
        },
        content_hash = document.ContentHash,
        words = document.WordCount,
        text = document.Text,
        paragraphs = document.Paragraphs.Select(p => Span(document, p.Span)),
        sentences = document.Sentences.Select(s => new { s.Span.Start, s.Span.End, s.Paragraph, text = document[s.Span] }),
        tokens = document.Tokens.Select(t => new { t.Span.Start, t.Span.End, text = document[t.Span], t.Kind }),
        time_expressions = TimexJson.Of(document),
        mentions = document.Mentions.Select(m => EntityJson.Mention(document, m)),
        quotes = document.Quotes.Select(q => QuoteJson.Quote(document, q, id)),
        actors = document.Actors.Select(a => QuoteJson.Actor(document, a)),
    };

    public static object Summary(DocumentSummary summary) => new
    {
        summary.Id,
        date = summary.Published,
        summary.Title,
        summary.Words,
        summary.Sentences,
        summary.Location,
        summary.ContentHash,
        summary.IngestedAt,
    };

    private static object Span(Document document, TextSpan span) => new { span.Start, span.End, text = document[span] };
}
