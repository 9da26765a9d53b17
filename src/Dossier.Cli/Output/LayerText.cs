using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The annotation layers of one document beyond its sentences, one section a layer, for reading in a terminal.</summary>
internal static class LayerText
{
    public static void Write(IAnsiConsole console, Document document)
    {
        console.WriteLine();
        console.MarkupLineInterpolated($"[grey]{document.Tokens.Length} tokens, {document.Sentences.Length} sentences, {document.Paragraphs.Length} paragraphs[/]");
    }
}
