using System.Globalization;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The brief's "who said what": every quote of the stored articles under its speaker, speakers with most quotes first.</summary>
internal static class QuoteBrief
{
    /// <summary>Content longer than this many characters is cut with an ellipsis in the terminal; JSON keeps it whole.</summary>
    private const int MaxContent = 220;

    /// <summary>Every stored quote with its article, grouped by speaker name, speakers with most quotes first.</summary>
    public static List<IGrouping<string, (long Id, Document Document, Quote Quote)>> Rows(IReadOnlyList<StoredDocument> documents) =>
        documents
            .SelectMany(stored => stored.Document.Quotes.Select(quote => (stored.Id, stored.Document, Quote: quote)))
            .GroupBy(r => QuoteText.SpeakerName(r.Document, r.Quote), StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ToList();

    public static void Write(IAnsiConsole console, IReadOnlyList<StoredDocument> documents)
    {
        var rows = Rows(documents);
        if (rows.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Who said what[/]")
            .AddColumn("Speaker")
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("Kind")
            .AddColumn("Content");
        foreach (var group in rows)
        {
            var first = true;
            foreach (var (id, document, quote) in group)
            {
                var speaker = first ? Speaker(document, quote) : "";
                table.AddRow(
                    new Text(speaker),
                    new Text(id.ToString(CultureInfo.InvariantCulture)),
                    new Text(QuoteText.Kind(quote.Kind)),
                    new Text(Cut(QuoteText.Content(document, quote))));
                first = false;
            }
        }
        console.Write(table);
    }

    /// <summary>The speaker's name with the first role the article gives them: "Kan Kimura (professor of Korean studies, Kobe University)".</summary>
    public static string Speaker(Document document, Quote quote)
    {
        var name = QuoteText.SpeakerName(document, quote);
        return quote.Speaker is { } index && document.Actors[index].Roles.FirstOrDefault() is { } role
            ? $"{name} ({QuoteText.Role(role)})"
            : name;
    }

    private static string Cut(string text) => text.Length <= MaxContent ? text : text[..MaxContent] + "…";
}
