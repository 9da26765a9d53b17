using System.CommandLine;
using Dossier.Engine;
using Dossier.Evaluation;
using Dossier.Quotes;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class EvalQuotesCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "A PolNeAR-style folder: text/*.txt and attributions/*.ann (brat standoff)." };
        var predictions = new Option<string?>("--predictions") { Description = "Also write the predicted attributions to FILE, one JSON object a line." };
        var model = new Option<string?>("--model") { Description = "Score with this quote model (from dossier train quotes) instead of the shipped one." };
        var command = new Command("quotes", "Score quote attribution on PolNeAR-style data: content P/R/F1 (exact and overlap >= 50%), source accuracy, attribution F1.")
        {
            directory, predictions, model,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(directory)!;
            IReadOnlyList<AttributionDocument> corpus;
            try
            {
                corpus = BratAttributionReader.ReadCorpus(path);
            }
            catch (Exception ex) when (ex is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot read the corpus: {ex.Message}", ex);
            }
            if (corpus.Count == 0)
            {
                throw new CliException($"{path} has no annotated articles: put NAME.txt in text/ and NAME_ANNOTATOR.ann in attributions/.");
            }
            var pipeline = result.GetValue(model) is { } modelPath ? DossierPipeline.Create(LoadModel(modelPath)) : context.Pipeline;
            var evaluation = QuoteEvaluation.Run(corpus, pipeline.Annotate, cancellationToken);
            Print(context.Console, evaluation);
            if (result.GetValue(predictions) is { } file)
            {
                try
                {
                    await using var stream = File.Create(file);
                    await AttributionPredictionWriter.WriteAsync(stream, evaluation.Predictions, cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
                {
                    throw new CliException($"cannot write the predictions to {file}: {ex.Message}", ex);
                }
                context.Console.MarkupLineInterpolated($"Wrote {evaluation.Predictions.Count} predictions to {file}.");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static QuoteModel LoadModel(string path)
    {
        try
        {
            return QuoteModel.Load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliException($"cannot load the quote model {path}: {ex.Message}", ex);
        }
    }

    private static void Print(IAnsiConsole console, QuoteEvaluationResult evaluation)
    {
        var scores = evaluation.Scores;
        console.MarkupLineInterpolated($"[bold]{scores.Documents}[/] articles, {scores.ContentOverlap.Gold} gold attributions, {scores.ContentOverlap.Predicted} predicted");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Measure")
            .AddColumn(new TableColumn("P").RightAligned())
            .AddColumn(new TableColumn("R").RightAligned())
            .AddColumn(new TableColumn("F1").RightAligned())
            .AddColumn(new TableColumn("Correct").RightAligned());
        Row(table, "content, exact", scores.ContentExact);
        Row(table, "content, overlap >= 50%", scores.ContentOverlap);
        Row(table, "attribution (overlap + source)", scores.Attribution);
        Row(table, "quoted content, overlap", scores.QuotedContent);
        Row(table, "quoted attribution", scores.QuotedAttribution);
        console.Write(table);
        console.MarkupLineInterpolated($"source accuracy {scores.SourceAccuracy * 100:F1}% ({scores.SourceCorrect} of {scores.SourceMatched} matched contents)");
        foreach (var failure in evaluation.Failures)
        {
            console.MarkupLineInterpolated($"[yellow]failed[/] {failure}");
        }
    }

    private static void Row(Table table, string name, Prf prf) => table.AddRow(
        name,
        $"{prf.Precision * 100:F1}",
        $"{prf.Recall * 100:F1}",
        $"{prf.F1 * 100:F1}",
        $"{prf.Correct}/{prf.Gold}");
}
