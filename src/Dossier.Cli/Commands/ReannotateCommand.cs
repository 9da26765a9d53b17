using System.CommandLine;
using System.Text.Json;
using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Json;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier reannotate [--all] [--jobs N] [--json]</c>: brings the stored articles up to the current pipeline.</summary>
internal static class ReannotateCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var all = new Option<bool>("--all") { Description = "Annotate every stored article again, also those the current pipeline annotated." };
        var jobs = Options.Jobs("Articles annotated at once (default: one per processor).");
        var json = Options.Json();
        var command = new Command("reannotate", "Annotate the stored articles again with the current pipeline: those an older one annotated, or --all.") { all, jobs, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            var reannotator = new Reannotator(context.Pipeline, store, result.GetValue(jobs));
            var plan = await reannotator.PlanAsync(result.GetValue(all), cancellationToken);
            var report = await ProgressBar.RunAsync(context, plan.Due.Count, done => $"Reannotating {done}/{plan.Due.Count} articles", report =>
                reannotator.ReannotateAsync(plan, report is null ? null : new Progress<ReannotationProgress>(p => report(p.Done)), cancellationToken));
            if (result.GetValue(json))
            {
                JsonOutput.Print(context, writer => WriteJson(writer, report, context.Pipeline.Version));
            }
            else
            {
                PrintReport(context.Console, report);
            }
            return report.Failures.Count == 0 ? ExitCodes.Success
                : report.Failures.Count < plan.Due.Count ? ExitCodes.Partial
                : ExitCodes.Error;
        });
        return command;
    }

    private static void PrintReport(IAnsiConsole console, ReannotationReport report)
    {
        foreach (var failure in report.Failures)
        {
            console.MarkupLineInterpolated($"[yellow]skipped[/] article {failure.Id}: {failure.Reason}");
        }
        var failed = report.Failures.Count == 0 ? "" : $", {report.Failures.Count} failed";
        console.MarkupLineInterpolated(
            $"Reannotated [green]{report.Reannotated.Count}[/] of {report.Documents} article(s); {report.AlreadyCurrent} already current{failed}.");
    }

    /// <summary><c>{"version", "documents", "reannotated", "already_current", "failures": [{"id", "reason"}]}</c></summary>
    private static void WriteJson(Utf8JsonWriter writer, ReannotationReport report, string version)
    {
        writer.WriteStartObject();
        writer.WriteString("version"u8, version);
        writer.WriteNumber("documents"u8, report.Documents);
        writer.WriteNumber("reannotated"u8, report.Reannotated.Count);
        writer.WriteNumber("already_current"u8, report.AlreadyCurrent);
        JsonValues.WriteArray(writer, "failures"u8, report.Failures, static (w, failure) =>
        {
            w.WriteStartObject();
            w.WriteNumber("id"u8, failure.Id);
            w.WriteString("reason"u8, failure.Reason);
            w.WriteEndObject();
        });
        writer.WriteEndObject();
    }
}
