using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Events;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval timeline DIR [--predictions DIR]</c>: SemEval-2015 Task 4 (TimeLine) Track A temporal awareness of the actor timeline.</summary>
internal static class EvalTimelineCommand
{
    /// <summary>Gold and predicted event mentions, then the scores; kept unwrapped so each row stays one line.</summary>
    private static readonly string[] FigureColumns = ["gold", "found", "P", "R", "F1"];

    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "An unpacked SemEval-2015 Task 4 folder: TimeML articles (*.tml) and gold timelines (*.txt under TimeLines*/)." };
        var predictions = new Option<string?>("--predictions") { Description = "Write each predicted timeline, in the task's format, to a folder of this name (one subfolder per system)." };
        var command = new Command("timeline", "Build each target entity's timeline from the raw articles and print SemEval-2015 Task 4 temporal awareness P/R/F1 beside a baseline.") { directory, predictions };
        command.SetAction((result, cancellationToken) =>
        {
            var corpus = Read(result.GetValue(directory)!);
            var outcome = TimelineEvaluation.Run(corpus, context.Pipeline, cancellationToken);
            if (result.GetValue(predictions) is { } output)
            {
                WritePredictions(output, outcome);
            }
            context.Console.MarkupLineInterpolated($"{outcome.Documents} articles, {corpus.Timelines.Length} gold timelines");
            var table = new Table()
                .AddColumn(new TableColumn("timeline").NoWrap())
                .AddColumn(new TableColumn("system").NoWrap())
                .AddColumns(FigureColumns.Select(name => new TableColumn(name).NoWrap()).ToArray());
            foreach (var (system, runs) in outcome.Runs)
            {
                foreach (var run in runs)
                {
                    table.AddRow(Cells(Markup.Escape(run.Gold.Target), system, Count(run.Gold), Count(run.Predicted), run.Score));
                }
            }
            foreach (var (system, runs) in outcome.Runs)
            {
                var total = runs.Aggregate(default(AwarenessScore), (sum, run) => sum + run.Score);
                table.AddRow(Cells("[bold]all (micro)[/]", system, runs.Sum(r => Count(r.Gold)), runs.Sum(r => Count(r.Predicted)), total));
            }
            context.Console.Write(table);
            foreach (var failure in outcome.Failures)
            {
                context.Console.MarkupLineInterpolated($"[yellow]skipped[/] {failure}");
            }
            return Task.FromResult(outcome.Documents == 0 ? ExitCodes.Error : ExitCodes.Success);
        });
        return command;
    }

    private static SemEvalCorpus Read(string path)
    {
        try
        {
            var corpus = SemEvalCorpus.Read(path);
            return corpus.Articles.IsEmpty || corpus.Timelines.IsEmpty
                ? throw new CliException($"{path} holds {corpus.Articles.Length} TimeML articles and {corpus.Timelines.Length} timelines (*.txt under a TimeLines* folder); it needs both.")
                : corpus;
        }
        catch (Exception ex) when (ex is FormatException or DirectoryNotFoundException)
        {
            throw new CliException($"{ex.Message} Give the folder of the unpacked SemEval-2015 Task 4 archive.", ex);
        }
    }

    private static int Count(RankedTimeline timeline) => timeline.Lines.Sum(l => l.Events.Length);

    /// <param name="target">Markup: the caller escapes a gold target's name.</param>
    private static string[] Cells(string target, string system, int gold, int predicted, AwarenessScore score) =>
        [target, Markup.Escape(system), gold.ToString(System.Globalization.CultureInfo.InvariantCulture),
            predicted.ToString(System.Globalization.CultureInfo.InvariantCulture), Figures.Percent(score.Precision), Figures.Percent(score.Recall), Figures.Percent(score.F1)];

    private static void WritePredictions(string output, TimelineEvaluationResult outcome)
    {
        try
        {
            foreach (var (system, runs) in outcome.Runs)
            {
                var folder = Path.Combine(output, string.Join('_', system.Split(' ', '+', ',').Where(w => w.Length > 0)));
                Directory.CreateDirectory(folder);
                foreach (var run in runs)
                {
                    File.WriteAllText(Path.Combine(folder, TimelineEvaluation.FileName(run.Predicted)), run.Predicted.Write());
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {output}: {ex.Message}", ex);
        }
    }
}
