using System.Globalization;
using Dossier.Engine;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The brief: what the stored articles tell so far, one section a kind of fact, for reading in a terminal.</summary>
internal static class BriefText
{
    /// <param name="additions">What each article adds to its story; none when null.</param>
    public static void Write(IAnsiConsole console, LinkedArticles articles, IReadOnlyList<ArticleAddition>? additions = null)
    {
        var documents = articles.Documents;
        WriteHeading(console, documents);
        WriteArticles(console, documents);
        WriteEntities(console, articles);
        QuoteBrief.Write(console, articles);
        TimelineText.Write(console, StoryTimeline.Of(articles));
        DatedMentionsText.Write(console, documents);
        AdditionsText.Write(console, additions ?? []);
    }

    /// <summary>The people, organisations and places the articles name, most mentioned first.</summary>
    private static void WriteEntities(IAnsiConsole console, LinkedArticles articles)
    {
        foreach (var (_, title, entries) in BriefEntities.Sections(articles))
        {
            var table = new Table().Border(TableBorder.Simple).Title($"[bold]{title}[/]")
                .AddColumn("Name")
                .AddColumn("Also written")
                .AddColumn(new TableColumn("Mentions").RightAligned())
                .AddColumn("Articles");
            foreach (var entry in entries)
            {
                table.AddRow(
                    new Text(entry.Name),
                    new Text(string.Join(", ", entry.Variants)),
                    new Text(entry.Mentions.ToString(CultureInfo.InvariantCulture)),
                    new Text(BriefEntities.Articles(entry)));
            }
            console.Write(table);
        }
    }

    private static void WriteHeading(IAnsiConsole console, IReadOnlyList<StoredDocument> documents)
    {
        var dates = documents.Select(d => d.Document.Published).OfType<DateOnly>().Order().ToList();
        var span = dates.Count == 0 ? "no dated articles"
            : dates[0] == dates[^1] ? Day(dates[0])
            : $"{Day(dates[0])} to {Day(dates[^1])}";
        var undated = documents.Count(d => d.Document.Published is null);
        console.Write(new Rule($"[bold]Dossier brief[/]: {documents.Count} article(s), {Markup.Escape(span)}").LeftJustified());
        if (undated > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{undated} undated article(s)[/] are listed last; their relative dates cannot be resolved.");
        }
    }

    private static void WriteArticles(IAnsiConsole console, IReadOnlyList<StoredDocument> documents)
    {
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Articles[/]")
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("Date")
            .AddColumn("Opening")
            .AddColumn(new TableColumn("Words").RightAligned());
        foreach (var stored in documents)
        {
            var document = stored.Document;
            table.AddRow(
                new Text(stored.Id.ToString(CultureInfo.InvariantCulture)),
                document.Published is { } date ? new Text(Day(date)) : new Markup("[yellow]undated[/]"),
                new Text(Headline.Of(document)),
                new Text(document.WordCount.ToString(CultureInfo.InvariantCulture)));
        }
        console.Write(table);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
