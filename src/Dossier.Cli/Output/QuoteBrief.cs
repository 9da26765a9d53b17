using System.Globalization;
using Dossier.Engine;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The brief's "who said what" (<see cref="SpeakerQuotes"/>) as a terminal table, JSON, and speaker headings.</summary>
internal static class QuoteBrief
{
    /// <summary>Content longer than this many characters is cut with an ellipsis in the terminal; JSON keeps it whole.</summary>
    private const int MaxContent = 220;

    public static void Write(IAnsiConsole console, LinkedArticles articles)
    {
        var rows = SpeakerQuotes.Of(articles).Grouped();
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
            foreach (var cited in group)
            {
                var (id, document, quote, _) = cited;
                var speaker = first ? Speaker(cited) : "";
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

    /// <summary>The name the quote is listed under with the first role its article gives the speaker: "Kan Kimura (professor of Korean studies, Kobe University)".</summary>
    public static string Speaker(CitedQuote cited)
    {
        var (_, document, quote, name) = cited;
        return quote.Speaker is { } index && document.Actors[index].Roles.FirstOrDefault() is { } role
            ? $"{name} ({People.Describe(role)})"
            : name;
    }

    private static string Cut(string text) => text.Length <= MaxContent ? text : text[..MaxContent] + "…";
}
