using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Json;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class DocumentsCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var json = Options.Json();
        var command = new Command("documents", "List the stored articles: id, date, title, words.") { json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            var documents = await store.ListDocumentsAsync(cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.PrintArray(context, documents, DocumentJson.Write);
                return ExitCodes.Success;
            }
            if (documents.Count == 0)
            {
                context.Console.MarkupLine("No articles stored yet. Add some with [bold]dossier ingest PATH[/].");
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn(new TableColumn("Id").RightAligned())
                .AddColumn("Date")
                .AddColumn("Title")
                .AddColumn(new TableColumn("Words").RightAligned());
            foreach (var document in documents)
            {
                table.AddRow(
                    new Text(document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    document.Published is { } date ? new Text(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : new Markup("[yellow]undated[/]"),
                    new Text(document.Title),
                    new Text(document.Words.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
