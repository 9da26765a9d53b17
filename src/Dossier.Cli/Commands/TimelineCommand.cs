using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier timeline [--json]</c>: the dated events of the stored articles in date order, each cited to its sentence.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var json = Options.Json();
        var command = new Command("timeline", "List the dated events of the stored articles in date order: when, what, who, and the sentence each comes from.") { json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            await StaleNote.WriteAsync(context, store, cancellationToken);
            var documents = await StoreReads.AllAsync(store, cancellationToken);
            var entries = StoryTimeline.Of(new LinkedArticles(documents));
            if (result.GetValue(json))
            {
                JsonOutput.PrintArray(context, entries, EventJson.Write);
            }
            else if (entries.Count == 0)
            {
                context.Console.MarkupLine("No dated events yet. Add articles with [bold]dossier ingest PATH[/].");
            }
            else
            {
                TimelineText.Write(context.Console, entries);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
