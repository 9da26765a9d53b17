using System.Globalization;
using Dossier.Engine;
using Dossier.Time;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The brief's dated mentions as a table in date order: value, the words, the article and the sentence.</summary>
internal static class DatedMentionsText
{
    /// <summary>Longest sentence shown, in characters; longer ones are cut around the mention.</summary>
    private const int ContextLength = 110;

    public static void Write(IAnsiConsole console, IReadOnlyList<StoredDocument> documents)
    {
        var mentions = DatedMentions.Of(documents);
        if (mentions.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title("[bold]Dated mentions[/]")
            .AddColumn("When")
            .AddColumn("Mention")
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("In");
        foreach (var mention in mentions)
        {
            table.AddRow(
                new Text(TimexWords.Describe(mention.Value)),
                new Text(mention.Text),
                new Text(mention.DocumentId.ToString(CultureInfo.InvariantCulture)),
                new Text(Clip(mention.Context, mention.Text)));
        }
        console.Write(table);
    }

    /// <summary>The sentence on one line, cut to <see cref="ContextLength"/> around the first <paramref name="words"/>.</summary>
    internal static string Clip(string sentence, string words)
    {
        var context = sentence.ReplaceLineEndings(" ");
        if (context.Length <= ContextLength)
        {
            return context;
        }
        var at = Math.Max(0, context.IndexOf(words, StringComparison.Ordinal));
        var start = Math.Clamp(at - ContextLength / 2, 0, context.Length - ContextLength);
        return string.Concat(start > 0 ? "…" : "", context.AsSpan(start, ContextLength), start + ContextLength < context.Length ? "…" : "");
    }
}
