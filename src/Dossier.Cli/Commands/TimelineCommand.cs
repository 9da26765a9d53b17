using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier timeline [--entity NAME] [--json]</c>: the dated events of the stored articles in date order, each cited to its sentence; with <c>--entity</c>, one actor's.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var json = Options.Json();
        var entity = new Option<string?>("--entity")
        {
            Description = "Only the entries NAME takes part in (or speaks the quote of), found under any spelling the who's who joined to it (\"Yoon\" finds \"Yoon Suk Yeol\").",
        };
        var command = new Command("timeline", "List the dated events of the stored articles in date order: when, what, who, and the sentence each comes from.") { entity, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            await StaleNote.WriteAsync(context, store, cancellationToken);
            var articles = new LinkedArticles(await StoreReads.AllAsync(store, cancellationToken));
            var entries = StoryTimeline.Of(articles);
            if (result.GetValue(entity) is { } name)
            {
                WriteActor(context, articles, entries, name, result.GetValue(json));
            }
            else if (result.GetValue(json))
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

    private static void WriteActor(CliContext context, LinkedArticles articles, IReadOnlyList<TimelineEntry> timeline, string name, bool json)
    {
        var actor = EntityFilter.Find(articles, name) ?? throw new CliException($"{EntityFilter.NotFound(articles, name)} List the names with 'dossier entities' or 'dossier people'.");
        var entries = ActorTimeline.Of(articles, timeline, actor);
        if (json)
        {
            JsonOutput.PrintArray(context, entries, EventJson.Write);
            return;
        }
        var who = string.Join(", ", actor.Names);
        if (entries.Count == 0)
        {
            context.Console.MarkupLineInterpolated($"No dated events of {who}.");
        }
        else
        {
            TimelineText.Write(context.Console, [.. entries.Select(e => e.Entry)], $"Timeline of {who}");
            var spoken = entries.Count(e => e.Part == ActorPart.Speaker);
            if (spoken > 0)
            {
                context.Console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[dim]{spoken} of them {(spoken == 1 ? "is" : "are")} told in a quote {who} speaks (actor_part speaker in --json).[/]");
            }
        }
        var undated = ActorTimeline.Undated(articles, actor);
        if (undated > 0)
        {
            context.Console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[dim]{undated} more {(undated == 1 ? "event" : "events")} of {who} in sentences and articles that give no date {(undated == 1 ? "is" : "are")} on no timeline.[/]");
        }
    }
}
