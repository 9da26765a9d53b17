using System.Globalization;
using Dossier.Engine;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary><c>dossier stories</c>: one row a story, with its articles.</summary>
internal static class StoryText
{
    public static void Write(IAnsiConsole console, IReadOnlyList<Story> stories)
    {
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Stories[/]")
            .AddColumn(new TableColumn("Story").RightAligned())
            .AddColumn("About")
            .AddColumn("Dates")
            .AddColumn(new TableColumn("Articles").RightAligned())
            .AddColumn("Ids");
        foreach (var story in stories)
        {
            table.AddRow(
                new Text(story.Id.ToString(CultureInfo.InvariantCulture)),
                new Text(story.Label),
                new Text(Dates(story)),
                new Text(story.Documents.Count.ToString(CultureInfo.InvariantCulture)),
                new Text(string.Join(", ", story.Documents.Select(d => d.Id.ToString(CultureInfo.InvariantCulture)))));
        }
        console.Write(table);
        console.MarkupLine("[grey]`dossier brief --story ID` briefs one story.[/]");
    }

    /// <summary>"2022-11-02 to 2023-05-18", one day, or "undated".</summary>
    public static string Dates(Story story) =>
        story.First is not { } first ? "undated"
        : first == story.Last ? Day(first)
        : $"{Day(first)} to {Day(story.Last!.Value)}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
