using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Json;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier stories [--json]</c>: the stored articles grouped into stories.</summary>
internal static class StoriesCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var json = Options.Json();
        var command = new Command("stories", "List the stories the stored articles tell: each with its id, what it is about, its dates and its articles.") { json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            var stories = await StoryReads.StoriesAsync(context, store, cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.PrintArray(context, stories, StoryJson.Write);
            }
            else if (stories.Count == 0)
            {
                context.Console.MarkupLine("The store is empty. Give articles to follow: [bold]dossier ingest samples/[/].");
            }
            else
            {
                StoryText.Write(context.Console, stories);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
