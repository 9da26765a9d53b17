using System.CommandLine;
using System.Text.Json;
using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (.txt, .jsonl, .html, .htm, .rss, .atom, .xml) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var date = Options.Date();
        var json = Options.Json();
        var jobs = Options.Jobs("Articles annotated at once (default: one per processor). Storing stays in input order.");
        var command = new Command("ingest", "Read articles, annotate them and add them to the store.") { paths, date, jobs, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            var report = await RunAsync(context, store, result.GetValue(paths)!, Options.ParseDate(result.GetValue(date)), cancellationToken, result.GetValue(jobs));
            if (result.GetValue(json))
            {
                JsonOutput.Print(context, writer => WriteJson(writer, report));
            }
            else
            {
                PrintReport(context.Console, report, context.DatabasePath(result.GetValue(database)));
            }
            return ExitCode(report);
        });
        return command;
    }

    /// <summary>Ingests the paths into the store, with a progress bar on an interactive terminal for larger batches.</summary>
    public static async Task<IngestReport> RunAsync(CliContext context, IDossierStore store, IReadOnlyList<string> paths, DateOnly? date, CancellationToken cancellationToken, int? jobs = null)
    {
        var ingestor = new Ingestor(context.Pipeline, store, jobs);
        var files = Dossier.Ingest.ArticleReader.ExpandPaths(paths).ToList();
        return await ProgressBar.RunAsync(context, files.Count, done => $"Ingesting {done}/{files.Count} files", report =>
            ingestor.IngestAsync(files, date, report is null ? null : new Progress<IngestProgress>(p => report(p.FilesDone)), cancellationToken));
    }

    public static void PrintReport(IAnsiConsole console, IngestReport report, string database)
    {
        foreach (var failure in report.Failures)
        {
            console.MarkupLineInterpolated($"[yellow]skipped[/] {failure.Location}: {failure.Reason}");
        }
        var undated = report.Added.Count(a => a.Published is null);
        console.MarkupLineInterpolated(
            $"Added [green]{report.Added.Count}[/] article(s) to {CliContext.Redacted(database)}; {report.Duplicates.Count} already stored, {report.Failures.Count} failed.");
        if (undated > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{undated} article(s) have no date[/]: give one with --date YYYY-MM-DD or a leading 'date YYYY-MM-DD' line.");
        }
    }

    /// <summary><c>{"added": [{"id", "location"}], "duplicates": [{"id", "location"}], "failures": [{"location", "reason"}]}</c></summary>
    private static void WriteJson(Utf8JsonWriter writer, IngestReport report)
    {
        writer.WriteStartObject();
        WriteDocuments(writer, "added"u8, report.Added);
        WriteDocuments(writer, "duplicates"u8, report.Duplicates);
        writer.WriteStartArray("failures"u8);
        foreach (var failure in report.Failures)
        {
            writer.WriteStartObject();
            writer.WriteString("location"u8, failure.Location);
            writer.WriteString("reason"u8, failure.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDocuments(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<IngestedDocument> documents)
    {
        writer.WriteStartArray(name);
        foreach (var document in documents)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, document.Id);
            writer.WriteString("location"u8, document.Location);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    public static int ExitCode(IngestReport report) =>
        report.Failures.Count == 0 ? ExitCodes.Success
        : report.Added.Count + report.Duplicates.Count > 0 ? ExitCodes.Partial
        : ExitCodes.Error;
}
