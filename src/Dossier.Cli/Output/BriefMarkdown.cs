using System.Globalization;
using System.Text;
using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;
using Dossier.Time;

namespace Dossier.Cli.Output;

/// <summary>
/// The brief as a Markdown document, to paste into notes or publish: the same sections as the
/// terminal brief, with every quote and dated mention cited to its article. Article text is
/// escaped, so nothing in it can become markup or HTML.
/// </summary>
internal static class BriefMarkdown
{
    /// <param name="additions">What each article adds to its story; none when null.</param>
    public static string Of(LinkedArticles articles, IReadOnlyList<ArticleAddition>? additions = null)
    {
        var documents = articles.Documents;
        var markdown = new StringBuilder();
        var dates = documents.Select(d => d.Document.Published).OfType<DateOnly>().Order().ToList();
        markdown.Append("# Dossier brief\n\n");
        markdown.Append(CultureInfo.InvariantCulture, $"{documents.Count} article(s)");
        if (dates.Count > 0)
        {
            markdown.Append(CultureInfo.InvariantCulture, $", {Day(dates[0])} to {Day(dates[^1])}");
        }
        var undated = documents.Count(d => d.Document.Published is null);
        markdown.Append(undated > 0 ? $"; {undated} undated.\n" : ".\n");

        Articles(markdown, documents);
        Entities(markdown, articles);
        Quotes(markdown, articles);
        Events(markdown, articles);
        Timeline(markdown, documents);
        AdditionsMarkdown.Append(markdown, additions ?? []);
        return markdown.ToString();
    }

    private static void Articles(StringBuilder markdown, IReadOnlyList<StoredDocument> documents)
    {
        markdown.Append("\n## Articles\n\n| # | Date | Title | Source | Words |\n|---:|---|---|---|---:|\n");
        foreach (var stored in documents)
        {
            var document = stored.Document;
            markdown.Append(CultureInfo.InvariantCulture,
                $"| {stored.Id} | {(document.Published is { } date ? Day(date) : "undated")} | {Cell(Headline.Of(document))} | {Cell(document.Source.Outlet ?? document.Source.Url ?? document.Source.Location)} | {document.WordCount} |\n");
        }
    }

    private static void Entities(StringBuilder markdown, LinkedArticles articles)
    {
        foreach (var (_, title, entries) in BriefEntities.Sections(articles))
        {
            markdown.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n| Name | Also written | Mentions | Articles |\n|---|---|---:|---|\n");
            foreach (var entry in entries)
            {
                markdown.Append(CultureInfo.InvariantCulture,
                    $"| {Cell(entry.Name)} | {Cell(string.Join(", ", entry.Variants))} | {entry.Mentions} | {BriefEntities.Articles(entry)} |\n");
            }
        }
    }

    private static void Quotes(StringBuilder markdown, LinkedArticles articles)
    {
        var rows = SpeakerQuotes.Of(articles).Grouped();
        if (rows.Count == 0)
        {
            return;
        }
        markdown.Append("\n## Who said what\n");
        foreach (var group in rows)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"\n**{Inline(QuoteBrief.Speaker(group.First()))}**\n\n");
            foreach (var (id, document, quote, _) in group)
            {
                markdown.Append(CultureInfo.InvariantCulture,
                    $"- {Inline(QuoteText.Content(document, quote))} ({QuoteText.Kind(quote.Kind)}; article {id}, offsets {quote.Extent.Start}-{quote.Extent.End})\n");
            }
        }
    }

    /// <summary>The story timeline, each event cited to its article and the offsets of its sentence.</summary>
    private static void Events(StringBuilder markdown, LinkedArticles articles)
    {
        var all = StoryTimeline.Of(articles);
        var entries = all.Where(e => !e.Weak).ToList();
        if (entries.Count == 0)
        {
            return;
        }
        markdown.Append("\n## Timeline\n\n| When | Event | Kind | Who | Source |\n|---|---|---|---|---|\n");
        foreach (var entry in entries)
        {
            markdown.Append(CultureInfo.InvariantCulture,
                $"| {Cell(TimexWords.Describe(entry.Value))} | {Cell(TimelineText.Triggers(entry))} | {JsonNames.Name(entry.Event.Class)} | {Cell(TimelineText.Who(entry))} | article {entry.DocumentId}, sentence {entry.Event.Sentence.Start}-{entry.Event.Sentence.End}: {Cell(entry.Context)} |\n");
        }
        if (all.Count > entries.Count)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"\n{TimelineText.Hidden(all.Count - entries.Count)}\n");
        }
    }

    private static void Timeline(StringBuilder markdown, IReadOnlyList<StoredDocument> documents)
    {
        var mentions = DatedMentions.Of(documents);
        if (mentions.Count == 0)
        {
            return;
        }
        markdown.Append("\n## Dated mentions\n\n| When | Mention | Article | Sentence |\n|---|---|---:|---|\n");
        foreach (var mention in mentions)
        {
            markdown.Append(CultureInfo.InvariantCulture,
                $"| {Cell(TimexWords.Describe(mention.Value))} | {Cell(mention.Text)} | {mention.DocumentId} | {Cell(mention.Context)} |\n");
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Text for a table cell: one line, and no character that Markdown or HTML would read as markup.</summary>
    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Text inside a paragraph or list item: one line, markup characters escaped, angle brackets as entities, control characters as symbols.</summary>
    internal static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in ControlCharacters.Visible(text.ReplaceLineEndings(" ")))
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '~' or '!':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }
}
