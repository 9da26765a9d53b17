using System.Globalization;
using Dossier.Engine;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The brief's "What each article adds" and <c>show</c>'s additions: what an article brings that its story's earlier articles did not.</summary>
internal static class AdditionsText
{
    /// <summary>Quote content longer than this many characters is cut with an ellipsis.</summary>
    private const int MaxContent = 160;

    public static void Write(IAnsiConsole console, IReadOnlyList<ArticleAddition> additions)
    {
        if (additions.Count == 0)
        {
            return;
        }
        console.Write(new Rule("[bold]What each article adds[/]").LeftJustified());
        foreach (var addition in additions)
        {
            console.MarkupLineInterpolated($"[bold]Article {addition.DocumentId}[/] ({Place(addition)})");
            if (addition.Position == 1)
            {
                Indented(console, 2, $"opens the story: {addition.Entities.Count} people and organisations, {addition.Quotes.Count} quotes, {addition.DatedMentions.Count} dates");
                continue;
            }
            WriteDetails(console, addition);
        }
    }

    /// <summary>Every addition of one article, the first of a story included.</summary>
    public static void WriteDetails(IAnsiConsole console, ArticleAddition addition)
    {
        if (addition.Entities.Count + addition.Roles.Count + addition.DatedMentions.Count + addition.Quotes.Count == 0)
        {
            Indented(console, 2, "nothing the story's earlier articles did not have");
            return;
        }
        Line(console, "new people and organisations", addition.Entities.Select(e => e.Name));
        Line(console, "new roles", addition.Roles.Select(r => $"{r.Person}: {People.Describe(r.Role)}"));
        Line(console, "new dates", addition.DatedMentions.Select(m => $"{m.Value} (\"{m.Text}\")"));
        if (addition.Quotes.Count > 0)
        {
            Indented(console, 2, "new quotes:");
            foreach (var cited in addition.Quotes)
            {
                Indented(console, 4, $"{QuoteBrief.Speaker(cited)}: {Cut(QuoteText.Content(cited.Document, cited.Quote))}");
            }
        }
    }

    /// <summary>"article 2 of story 1": its place in its story.</summary>
    public static string Place(ArticleAddition addition) =>
        string.Create(CultureInfo.InvariantCulture, $"article {addition.Position} of story {addition.StoryId}");

    private static void Line(IAnsiConsole console, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            Indented(console, 2, $"{title}: {string.Join("; ", list)}");
        }
    }

    /// <summary>Writes plain text whose wrapped lines all keep the indent, so a long list stays readable.</summary>
    private static void Indented(IAnsiConsole console, int indent, string text) =>
        console.Write(new Padder(new Text(text), new Padding(indent, 0, 0, 0)));

    private static string Cut(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= MaxContent ? line : line[..MaxContent] + "…";
    }
}
