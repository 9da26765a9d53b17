using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Json;

namespace Dossier.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var id = new Argument<long>("doc")
        {
            Description = "The document's id, as `dossier documents` lists it.",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0)
                {
                    return value;
                }
                result.AddError($"'{text}' is not a document id; ids are whole numbers, and `dossier documents` lists them.");
                return 0;
            },
        };
        var json = Options.Json();
        var command = new Command("show", "Print a stored article with its sentences and every annotation layer.") { id, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            var stored = await store.GetDocumentAsync(result.GetValue(id), cancellationToken)
                ?? throw new CliException($"there is no document {result.GetValue(id)}; `dossier documents` lists the ids.");
            if (result.GetValue(json))
            {
                JsonOutput.Print(context, writer => DocumentJson.Write(writer, stored.Document, stored.Id));
            }
            else
            {
                DocumentText.WriteHeader(context.Console, stored.Document, stored.Id);
                DocumentText.WriteSentences(context.Console, stored.Document);
                LayerText.Write(context.Console, stored.Document);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
