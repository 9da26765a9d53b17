using System.Collections.Immutable;
using System.Text.Json;

namespace Dossier.Time;

/// <summary>
/// Runs a pipeline over TimeML documents and scores its time expressions against the gold ones
/// (TempEval-3 Task A). The pipeline sees the <c>TEXT</c> element's text with the DCT as publication date.
/// </summary>
public static class TimexEvaluation
{
    /// <summary>The <c>.tml</c> files under <paramref name="directory"/> and its subfolders, in ordinal path order.</summary>
    public static ImmutableArray<string> FilesIn(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    public static TimexEvaluationResult Run(IEnumerable<string> files, Pipeline pipeline, CancellationToken cancellationToken = default)
    {
        var scores = TimexScores.Zero;
        var predictions = ImmutableArray.CreateBuilder<TimexPrediction>();
        var failures = ImmutableArray.CreateBuilder<string>();
        var documents = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeMLDocument gold;
            try
            {
                gold = TimeMLReader.Read(file);
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
            {
                failures.Add($"{file}: {ex.Message}");
                continue;
            }

            Document annotated;
            try
            {
                annotated = pipeline.Annotate(new Document(gold.Text, new DocumentSource(file), gold.DocumentDate), cancellationToken);
            }
            catch (PipelineException ex)
            {
                failures.Add(ex.Message);
                continue;
            }

            documents++;
            scores += TimexScorer.Score(gold.Timexes, annotated.TimeExpressions);
            foreach (var timex in annotated.TimeExpressions)
            {
                predictions.Add(new TimexPrediction(gold.DocId, timex));
            }
        }
        return new TimexEvaluationResult(documents, scores, predictions.ToImmutable(), failures.ToImmutable());
    }

    /// <summary>
    /// Writes one JSON object per line: <c>{"doc": "…", "start": 118, "end": 125, "type": "DURATION", "value": "P1M"}</c>,
    /// with half-open UTF-16 offsets into the <c>TEXT</c> element's text.
    /// </summary>
    public static void WritePredictions(Stream output, IEnumerable<TimexPrediction> predictions)
    {
        var newline = "\n"u8.ToArray();
        foreach (var prediction in predictions)
        {
            using (var json = new Utf8JsonWriter(output))
            {
                json.WriteStartObject();
                json.WriteString("doc", prediction.DocId);
                json.WriteNumber("start", prediction.Timex.Span.Start);
                json.WriteNumber("end", prediction.Timex.Span.End);
                json.WriteString("type", TimexValues.Name(prediction.Timex.Type));
                json.WriteString("value", prediction.Timex.Value);
                json.WriteEndObject();
            }
            output.Write(newline);
        }
    }
}
