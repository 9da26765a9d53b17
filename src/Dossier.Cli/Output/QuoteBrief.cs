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

    public static void Write(IAnsiConsole console, IReadOnlyList<StoredDocument> documents)
    {
        var rows = SpeakerQuotes.Grouped(documents);
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
        var name = SpeakerQuotes.Name(document, quote);
        return quote.Speaker is { } index && document.Actors[index].Roles.FirstOrDefault() is { } role
            ? $"{name} ({People.Describe(role)})"
            : name;
    }

    private static string Cut(string text) => text.Length <= MaxContent ? text : text[..MaxContent] + "…";
}
