using System.Globalization;
using Dossier.Engine;
using Dossier.Json;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The story timeline as a table in date order: when, what, who, the article and the sentence.</summary>
internal static class TimelineText
{
    public static void Write(IAnsiConsole console, IReadOnlyList<TimelineEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Timeline[/]")
            .AddColumn(new TableColumn("When").NoWrap())
            .AddColumn("Event")
            .AddColumn("Who")
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn(new TableColumn("In").Width(34));
        foreach (var entry in entries)
        {
            table.AddRow(
                new Text(entry.Value),
                new Text(What(entry)),
                new Text(Who(entry)),
                new Text(entry.DocumentId.ToString(CultureInfo.InvariantCulture)),
                new Text(DatedMentionsText.Clip(entry.Context, entry.Trigger)));
        }
        console.Write(table);
    }

    /// <summary>The trigger, with its class when it has one: "ruling (legal ruling)", "met (meeting)", "rose".</summary>
    private static string What(TimelineEntry entry) =>
        entry.Event.Class == EventClass.Other ? entry.Trigger : $"{entry.Trigger} ({JsonNames.Name(entry.Event.Class).Replace('_', ' ')})";

    /// <summary>The participants' names, the agent first: "Taro Aso; Yoon Suk Yeol".</summary>
    internal static string Who(TimelineEntry entry) => string.Join("; ", entry.Participants.Select(p => p.Name).Distinct());
}
