using System.Collections.Immutable;

namespace Dossier.Quotes;

/// <summary>Runs an annotator over a PolNeAR-style corpus and scores its quotes against the gold attributions.</summary>
public static class QuoteEvaluation
{
    /// <param name="annotate">Turns a bare document into one with <see cref="Document.Quotes"/>; normally a built pipeline.</param>
    public static QuoteEvaluationResult Run(IReadOnlyList<AttributionDocument> corpus, Func<Document, Document> annotate, CancellationToken cancellationToken = default)
    {
        var predictions = new List<(string, Attribution)>();
        var scored = new List<(string, ImmutableArray<Attribution>, ImmutableArray<Attribution>)>(corpus.Count);
        foreach (var item in corpus)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = annotate(new Document(item.Text, new DocumentSource(item.Name), published: null));
            var predicted = document.Quotes.Select(Attribution.FromQuote).ToImmutableArray();
            predictions.AddRange(predicted.Select(p => (item.Name, p)));
            scored.Add((item.Text, item.Attributions, predicted));
        }
        return new QuoteEvaluationResult(AttributionScorer.Score(scored), predictions);
    }
}
