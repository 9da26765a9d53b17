using System.Globalization;
using System.Text;
using Dossier.Engine;

namespace Dossier.Cli.Output;

/// <summary>The brief's "What each article adds" in Markdown, each quote and date cited to its article and offsets.</summary>
internal static class AdditionsMarkdown
{
    public static void Append(StringBuilder markdown, IReadOnlyList<ArticleAddition> additions)
    {
        if (additions.Count == 0)
        {
            return;
        }
        markdown.Append("\n## What each article adds\n");
        foreach (var addition in additions)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"\n### Article {addition.DocumentId} ({AdditionsText.Place(addition)})\n\n");
            if (addition.Position == 1)
            {
                markdown.Append(CultureInfo.InvariantCulture,
                    $"Opens the story: {addition.Entities.Count} people and organisations, {addition.Quotes.Count} quotes, {addition.DatedMentions.Count} dates.\n");
                continue;
            }
            var before = markdown.Length;
            Item(markdown, "New people and organisations", addition.Entities.Select(e => e.Name));
            Item(markdown, "New roles", addition.Roles.Select(r => $"{r.Person}: {People.Describe(r.Role)}"));
            Item(markdown, "New dates", addition.DatedMentions.Select(m =>
                string.Create(CultureInfo.InvariantCulture, $"{m.Value} (“{m.Text}”, article {m.DocumentId}, offsets {m.Timex.Span.Start}-{m.Timex.Span.End})")));
            if (addition.Quotes.Count > 0)
            {
                markdown.Append("- New quotes:\n");
                foreach (var cited in addition.Quotes)
                {
                    var (id, document, quote, _) = cited;
                    markdown.Append(CultureInfo.InvariantCulture,
                        $"  - **{BriefMarkdown.Inline(QuoteBrief.Speaker(cited))}**: {BriefMarkdown.Inline(QuoteText.Content(document, quote))} (article {id}, offsets {quote.Extent.Start}-{quote.Extent.End})\n");
                }
            }
            if (markdown.Length == before)
            {
                markdown.Append("Nothing the story's earlier articles did not have.\n");
            }
        }
    }

    private static void Item(StringBuilder markdown, string title, IEnumerable<string> items)
    {
        var list = items.Select(BriefMarkdown.Inline).ToList();
        if (list.Count > 0)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"- {title}: {string.Join("; ", list)}\n");
        }
    }
}
