using Dossier.Json;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The annotation layers of one document beyond its sentences, one section a layer, for reading in a terminal.</summary>
internal static class LayerText
{
    public static void Write(IAnsiConsole console, Document document)
    {
        console.WriteLine();
        console.MarkupLineInterpolated($"[grey]{document.Tokens.Length} tokens, {document.Sentences.Length} sentences, {document.Paragraphs.Length} paragraphs[/]");
        QuoteText.WriteQuotes(console, document);
        QuoteText.WriteActors(console, document);
        TimexText.Write(console, document);
        WriteEntities(console, document);
    }

    private static void WriteEntities(IAnsiConsole console, Document document)
    {
        if (!document.Layers.HasFlag(Layer.Entities))
        {
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title($"[bold]Entities[/] ({document.Mentions.Length})")
            .AddColumn("Span")
            .AddColumn("Type")
            .AddColumn("Text")
            .AddColumn(new TableColumn("Conf.").RightAligned());
        foreach (var mention in document.Mentions)
        {
            table.AddRow(
                new Text(mention.Span.ToString()),
                new Text(JsonNames.Name(mention.Type)),
                new Text(document[mention.Span]),
                new Text(mention.Confidence.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
        }
        console.Write(table);
    }
}
