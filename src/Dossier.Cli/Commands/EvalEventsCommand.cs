using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Events;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval events DIR</c>: event trigger and event–time link scores of the pipeline on TimeML files.</summary>
internal static class EvalEventsCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "A folder of TimeML .tml files (searched recursively)." };
        var command = new Command("events", "Run the pipeline on TimeML files and print event trigger P/R/F1 (exact span) and event-time link accuracy.") { directory };
        command.SetAction((result, cancellationToken) =>
        {
            var files = EvalTimexCommand.TimeMLFiles(result.GetValue(directory)!);
            var outcome = EventEvaluation.Run(files, context.Pipeline, cancellationToken);
            var s = outcome.Scores;
            context.Console.MarkupLineInterpolated($"{outcome.Documents} documents, {s.Triggers.Gold} gold and {s.Triggers.Predicted} predicted events");
            var table = new Table().AddColumns("", "P", "R", "F1");
            table.AddRow("triggers (exact span)", Figures.Percent(s.Triggers.Precision), Figures.Percent(s.Triggers.Recall), Figures.Percent(s.Triggers.F1));
            context.Console.Write(table);
            context.Console.MarkupLineInterpolated(
                $"event-time links: {s.Links} gold links between an event and a date or time of its sentence; event found for {s.LinksFound}; anchored to that time {s.LinksRight} (accuracy {Figures.Percent(s.LinkAccuracy)})");
            foreach (var failure in outcome.Failures)
            {
                context.Console.MarkupLineInterpolated($"[yellow]skipped[/] {failure}");
            }
            return Task.FromResult(outcome.Documents == 0 ? ExitCodes.Error : ExitCodes.Success);
        });
        return command;
    }
}
