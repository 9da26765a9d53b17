using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class PeopleCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var json = Options.Json();
        var command = new Command("people", "List the people, organisations and unnamed sources of the stored articles, with titles and affiliations.") { json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            var documents = await StoreReads.AllAsync(store, cancellationToken);
            var ordered = People.Of(new LinkedArticles(documents));
            if (result.GetValue(json))
            {
                JsonOutput.PrintArray(context, ordered, PersonJson.Write);
                return ExitCodes.Success;
            }
            if (ordered.Count == 0)
            {
                context.Console.MarkupLine("No people found yet. Add articles with [bold]dossier ingest PATH[/].");
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("Name")
                .AddColumn("Kind")
                .AddColumn("Titles and affiliations")
                .AddColumn(new TableColumn("Quotes").RightAligned())
                .AddColumn(new TableColumn("Mentions").RightAligned())
                .AddColumn("Docs");
            foreach (var p in ordered)
            {
                table.AddRow(
                    new Text(p.Name),
                    new Text(QuoteText.Kind(p.Kind)),
                    new Text(QuoteText.Roles(p.Roles)),
                    new Text(p.Quotes.ToString(CultureInfo.InvariantCulture)),
                    new Text(p.Mentions.ToString(CultureInfo.InvariantCulture)),
                    new Text(string.Join(",", p.Documents)));
            }
            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
