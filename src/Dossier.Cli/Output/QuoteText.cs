using System.Globalization;
using Dossier.Engine;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>Quotes with their speakers, and actors with their roles, for reading in a terminal.</summary>
internal static class QuoteText
{
    /// <summary>The quotes section of one annotated document: speaker, kind, cue and content, in text order.</summary>
    public static void WriteQuotes(IAnsiConsole console, Document document)
    {
        if (document.Quotes.IsEmpty)
        {
            return;
        }
        console.WriteLine();
        console.MarkupLine("[bold]Quotes[/]");
        foreach (var quote in document.Quotes)
        {
            console.MarkupLineInterpolated($"  [aqua]{SpeakerQuotes.InArticle(document, quote)}[/] [grey]{Kind(quote.Kind)} {quote.Extent}{Cue(document, quote)}[/]");
            console.MarkupLineInterpolated($"    {Content(document, quote)}");
        }
    }

    /// <summary>The people and organisations of one document with their roles.</summary>
    public static void WriteActors(IAnsiConsole console, Document document)
    {
        if (document.Actors.IsEmpty)
        {
            return;
        }
        console.WriteLine();
        console.MarkupLine("[bold]People and organisations[/]");
        foreach (var actor in document.Actors)
        {
            var roles = Roles(actor.Roles);
            console.MarkupLineInterpolated($"  [aqua]{actor.Name}[/] [grey]{Kind(actor.Kind)}, {actor.Mentions.Length} mention(s)[/]{(roles.Length > 0 ? " — " + roles : "")}");
        }
    }

    public static string Content(Document document, Quote quote) =>
        string.Join(" … ", quote.Content.Select(span => document[span].Replace('\n', ' ')));

    /// <summary><c>former prime minister; professor of Korean studies, Kobe University</c>.</summary>
    public static string Roles(IEnumerable<ActorRole> roles) => string.Join("; ", roles.Select(People.Describe));

    public static string Kind<T>(T kind) where T : struct, Enum => kind.ToString().ToLower(CultureInfo.InvariantCulture);

    private static string Cue(Document document, Quote quote) => quote.Cue is { } cue ? $" cue \"{document[cue]}\"" : "";
}
