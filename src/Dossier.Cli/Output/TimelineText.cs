using System.Globalization;
using Dossier.Engine;
using Dossier.Time;
using Dossier.Json;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The story timeline (or an actor's) as a table in date order: when, what, who, the article and the sentence. Weak entries are left out.</summary>
internal static class TimelineText
{
    public static void Write(IAnsiConsole console, IReadOnlyList<TimelineEntry> entries, string title = "Timeline")
    {
        var shown = entries.Where(e => !e.Weak).ToList();
        var weak = entries.Count - shown.Count;
        if (shown.Count == 0)
        {
            if (weak > 0)
            {
                console.MarkupLine(CultureInfo.InvariantCulture, $"[dim]Timeline: {Hidden(weak)}[/]");
            }
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title($"[bold]{Markup.Escape(title)}[/]")
            .AddColumn(new TableColumn("When").NoWrap())
            .AddColumn("Event")
            .AddColumn("Who")
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn(new TableColumn("In").Width(34));
        if (weak > 0)
        {
            table.Caption($"[dim]{Hidden(weak)}[/]");
        }
        foreach (var entry in shown)
        {
            table.AddRow(
                new Text(When(entry)),
                new Text(What(entry)),
                new Text(Who(entry)),
                new Text(entry.DocumentId.ToString(CultureInfo.InvariantCulture)),
                new Text(DatedMentionsText.Clip(entry.Context, entry.Trigger)));
        }
        console.Write(table);
    }

    /// <summary>The date in words, marked when the article's date stands for it: "6 Mar 2023 (article date)".</summary>
    internal static string When(TimelineEntry entry) =>
        entry.DatedBy == DatedBy.Article ? $"{TimexWords.Describe(entry.Value)} (article date)" : TimexWords.Describe(entry.Value);

    /// <summary>"3 weak entries left out …": how many entries the table leaves out and where they are.</summary>
    internal static string Hidden(int weak) =>
        string.Create(CultureInfo.InvariantCulture, $"{weak} weak {(weak == 1 ? "entry" : "entries")} (class other, with no one taking part or a date that only bounds them) left out; --json lists them.");

    /// <summary>The main trigger with its class when it has one, then the other triggers: "ruling (legal ruling)", "treaty (agreement), normalized", "rose".</summary>
    private static string What(TimelineEntry entry) =>
        Triggers(entry, entry.Event.Class == EventClass.Other ? entry.Trigger : $"{entry.Trigger} ({JsonNames.Name(entry.Event.Class).Replace('_', ' ')})");

    /// <summary>The entry's triggers, the main one first (written as <paramref name="main"/> when given): "treaty, normalized".</summary>
    internal static string Triggers(TimelineEntry entry, string? main = null) =>
        string.Join(", ", entry.Triggers.Where(t => t.Span != entry.Event.Trigger).Select(t => t.Text).Prepend(main ?? entry.Trigger));

    /// <summary>The participants' names, the agent first: "Taro Aso; Yoon Suk Yeol".</summary>
    internal static string Who(TimelineEntry entry) => string.Join("; ", entry.Participants.Select(p => p.Name).Distinct());
}
