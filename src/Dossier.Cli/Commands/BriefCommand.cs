using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class BriefCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders to add first (optional).", Arity = ArgumentArity.ZeroOrMore };
        var date = Options.Date();
        var json = Options.Json();
        var markdown = new Option<bool>("--markdown") { Description = "Print the brief as a Markdown document, every fact cited to its article." };
        var command = new Command("brief", "Add the given articles to the store, then print what is known so far.") { paths, date, json, markdown };
        command.SetAction(async (result, cancellationToken) =>
        {
            var inputs = result.GetValue(paths) ?? [];
            var exitCode = ExitCodes.Success;
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            if (inputs.Length > 0)
            {
                var report = await IngestCommand.RunAsync(context, store, inputs, Options.ParseDate(result.GetValue(date)), cancellationToken);
                if (!result.GetValue(json) && !result.GetValue(markdown))
                {
                    IngestCommand.PrintReport(context.Console, report, context.DatabasePath(result.GetValue(database)));
                    context.Console.WriteLine();
                }
                exitCode = IngestCommand.ExitCode(report);
            }

            var documents = new List<StoredDocument>();
            await foreach (var stored in store.ReadAllAsync(cancellationToken))
            {
                documents.Add(stored);
            }
            if (result.GetValue(json))
            {
                JsonOutput.Print(context, writer => BriefJson.Write(writer, documents));
            }
            else if (result.GetValue(markdown))
            {
                context.WriteRaw(BriefMarkdown.Of(documents));
            }
            else if (documents.Count == 0)
            {
                context.Console.MarkupLine("The store is empty. Give articles to brief: [bold]dossier brief samples/[/].");
            }
            else
            {
                BriefText.Write(context.Console, documents);
            }
            return exitCode;
        });
        return command;
    }
}
