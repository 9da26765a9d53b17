using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;
using Spectre.Console;

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
                await WriteAdditionsAsync(context, store, stored.Id, cancellationToken);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What the article adds to its story: the text view's last section.</summary>
    private static async Task WriteAdditionsAsync(CliContext context, IDossierStore store, long id, CancellationToken cancellationToken)
    {
        var stories = await StoryReads.StoriesAsync(context, store, cancellationToken);
        if (stories.FirstOrDefault(s => s.Documents.Any(d => d.Id == id)) is { } story)
        {
            var addition = ArticleAdditions.Of(story).Single(a => a.DocumentId == id);
            context.Console.Write(new Rule($"[bold]What this article adds[/] ({AdditionsText.Place(addition)})").LeftJustified());
            AdditionsText.WriteDetails(context.Console, addition);
        }
    }
}
