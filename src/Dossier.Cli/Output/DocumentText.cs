using System.Globalization;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>A document for reading in a terminal: its header, then its sentences paragraph by paragraph.</summary>
internal static class DocumentText
{
    public static void WriteHeader(IAnsiConsole console, Document document, long? id)
    {
        var date = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        var title = Headline.Of(document);
        console.Write(new Rule(Markup.Escape(id is null ? title : $"#{id} {title}")).LeftJustified());
        console.MarkupLineInterpolated($"[grey]date[/] {date}   [grey]source[/] {document.Source.Location}   [grey]words[/] {document.WordCount}");
        if (document.Source.Outlet is { } outlet)
        {
            console.MarkupLineInterpolated($"[grey]outlet[/] {outlet}");
        }
    }

    public static void WriteSentences(IAnsiConsole console, Document document)
    {
        var paragraph = -1;
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            var sentence = document.Sentences[i];
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                console.WriteLine();
            }
            console.MarkupLineInterpolated($"[grey]{i + 1,3} {sentence.Span,-12}[/] {document[sentence.Span]}");
        }
    }
}
