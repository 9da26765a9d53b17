using System.Collections.Immutable;

namespace Dossier.Quotes;

/// <summary>Runs an annotator over a PolNeAR-style corpus and scores its quotes against the gold attributions.</summary>
public static class QuoteEvaluation
{
    /// <param name="annotate">Turns a bare document into one with <see cref="Document.Quotes"/>; normally a built pipeline.</param>
    public static QuoteEvaluationResult Run(IReadOnlyList<AttributionDocument> corpus, Func<Document, Document> annotate, CancellationToken cancellationToken = default)
    {
        var predictions = new List<(string, Attribution)>();
        var failures = new List<string>();
        var scored = new List<(string, ImmutableArray<Attribution>, ImmutableArray<Attribution>)>(corpus.Count);
        foreach (var item in corpus)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ImmutableArray<Attribution> predicted;
            try
            {
                var document = annotate(new Document(item.Text, new DocumentSource(item.Name), published: null));
                predicted = document.Quotes.Select(Attribution.FromQuote).ToImmutableArray();
            }
            catch (PipelineException ex)
            {
                // One bad article is reported and scored as finding nothing; the rest go on.
                failures.Add($"{item.Name}: {ex.Message}");
                predicted = [];
            }
            predictions.AddRange(predicted.Select(p => (item.Name, p)));
            scored.Add((item.Text, item.Attributions, predicted));
        }
        return new QuoteEvaluationResult(AttributionScorer.Score(scored), predictions, failures);
    }
}
