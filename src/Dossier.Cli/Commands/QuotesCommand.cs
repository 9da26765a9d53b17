using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class QuotesCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes whose speaker's name, mentions or other spellings contain NAME (case-insensitive)." };
        var json = Options.Json();
        var command = new Command("quotes", "List who said what in the stored articles: speaker, kind, cue and content.") { speaker, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var name = result.GetValue(speaker);
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            var speakers = SpeakerQuotes.Of(new LinkedArticles(await StoreReads.AllAsync(store, cancellationToken)));
            var rows = speakers.All.Where(q => name is null || speakers.Matches(q, name)).ToList();
            if (result.GetValue(json))
            {
                JsonOutput.PrintArray(context, rows, (writer, row) => QuoteJson.Write(writer, row.Document, row.Quote, row.DocumentId, row.Speaker));
                return ExitCodes.Success;
            }
            if (rows.Count == 0)
            {
                context.Console.MarkupLine(name is null
                    ? "No quotes stored yet. Add articles with [bold]dossier ingest PATH[/]."
                    : $"No quotes by a speaker matching '{Markup.Escape(name)}'. List the speakers with [bold]dossier people[/].");
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn(new TableColumn("Doc").RightAligned())
                .AddColumn("Speaker")
                .AddColumn("Kind")
                .AddColumn("Cue")
                .AddColumn("Content");
            foreach (var (id, document, quote, listedAs) in rows)
            {
                table.AddRow(
                    new Text(id.ToString(CultureInfo.InvariantCulture)),
                    new Text(listedAs),
                    new Text(QuoteText.Kind(quote.Kind)),
                    new Text(quote.Cue is { } cue ? document[cue] : ""),
                    new Text(QuoteText.Content(document, quote)));
            }
            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
