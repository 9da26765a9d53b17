using System.Collections.Immutable;
using Dossier.Time;

namespace Dossier.Events;

/// <summary>
/// Runs a pipeline over TimeML documents and scores its events against the gold ones. The pipeline
/// sees the <c>TEXT</c> element's text with the DCT as publication date, as in <see cref="TimexEvaluation"/>.
/// </summary>
public static class EventEvaluation
{
    public static EventEvaluationResult Run(IEnumerable<string> files, Pipeline pipeline, CancellationToken cancellationToken = default)
    {
        var scores = EventScores.Zero;
        var failures = ImmutableArray.CreateBuilder<string>();
        var documents = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var gold = TimeMLReader.Read(file);
                scores += EventScorer.Score(gold, pipeline.Annotate(new Document(gold.Text, new DocumentSource(file), gold.DocumentDate), cancellationToken));
                documents++;
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or PipelineException)
            {
                failures.Add(ex is PipelineException ? ex.Message : $"{file}: {ex.Message}");
            }
        }
        return new EventEvaluationResult(documents, scores, failures.ToImmutable());
    }
}
