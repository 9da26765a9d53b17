using System.Collections.Immutable;
using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Time;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval timex DIR [--predictions FILE]</c>: TempEval-3 Task A scores of the time tagger on TimeML files.</summary>
internal static class EvalTimexCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "A folder of TimeML .tml files (searched recursively)." };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "Write one JSON line per time expression found: doc, start, end (UTF-16, half-open, into the TEXT element's text), type, value.",
        };
        var command = new Command("timex", "Run the pipeline on TimeML files and print TempEval-3 Task A extent, type and value scores.") { directory, predictions };
        command.SetAction((result, cancellationToken) =>
        {
            var files = TimeMLFiles(result.GetValue(directory)!);

            var outcome = TimexEvaluation.Run(files, context.Pipeline, cancellationToken);
            if (result.GetValue(predictions) is { } output)
            {
                try
                {
                    using var stream = File.Create(output);
                    TimexEvaluation.WritePredictions(stream, outcome.Predictions);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
                {
                    throw new CliException($"cannot write {output}: {ex.Message}", ex);
                }
            }
            Write(context.Console, outcome);
            return Task.FromResult(outcome.Documents == 0 ? ExitCodes.Error : ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The <c>.tml</c> files under <paramref name="path"/>; a one-line error when there are none.</summary>
    internal static ImmutableArray<string> TimeMLFiles(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new CliException($"{path} is not a folder; give a folder of TimeML .tml files.");
        }
        var files = TimexEvaluation.FilesIn(path);
        return files.IsEmpty ? throw new CliException($"{path} holds no .tml files; give a folder of TimeML files.") : files;
    }

    private static void Write(IAnsiConsole console, TimexEvaluationResult outcome)
    {
        var s = outcome.Scores;
        console.MarkupLineInterpolated($"{outcome.Documents} documents, {s.Gold} gold and {s.Predicted} predicted time expressions");
        var table = new Table().AddColumns("", "P", "R", "F1");
        table.AddRow("strict extent", Figures.Percent(s.StrictPrecision), Figures.Percent(s.StrictRecall), Figures.Percent(s.StrictF1));
        table.AddRow("relaxed extent", Figures.Percent(s.RelaxedPrecision), Figures.Percent(s.RelaxedRecall), Figures.Percent(s.RelaxedF1));
        table.AddRow("type", "", "", Figures.Percent(s.TypeF1));
        table.AddRow("value", "", "", Figures.Percent(s.ValueF1));
        console.Write(table);
        console.MarkupLineInterpolated($"type accuracy {Figures.Percent(s.TypeAccuracy)}, value accuracy {Figures.Percent(s.ValueAccuracy)} on {s.Matched} matched expressions");
        foreach (var failure in outcome.Failures)
        {
            console.MarkupLineInterpolated($"[yellow]skipped[/] {failure}");
        }
    }
}
