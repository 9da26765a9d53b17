using System.Globalization;
using Dossier.Evaluation;
using Dossier.Events.Internal;
using Dossier.Learning;
using Dossier.Time;

namespace Dossier.Events;

/// <summary>
/// Trains the event trigger model on TimeML documents: every word is an example, positive when a
/// gold EVENT covers exactly it. The threshold is the one of <see cref="EventTrainingOptions.Thresholds"/>
/// with the best trigger F1 on the development documents. For comparison it also measures a
/// lexicon on dev: the words that are events in at least a given share of their train occurrences.
/// </summary>
public static class EventTrainer
{
    /// <summary>Shares tried for the lexicon baseline; the best on dev is reported.</summary>
    private static readonly double[] LexiconShares = [0.3, 0.4, 0.5, 0.6];

    /// <param name="prepare">Tokenizes and splits a document into sentences (the stages before the event stage need not run).</param>
    public static EventTrainingResult Train(
        IReadOnlyList<TimeMLDocument> train,
        IReadOnlyList<TimeMLDocument> dev,
        Func<Document, Document> prepare,
        EventTrainingOptions options,
        Action<string>? progress = null)
    {
        var trainWords = Labelled(train, prepare);
        var examples = new List<(ulong[] Keys, bool Positive)>();
        var keys = new ulong[TriggerFeatures.MaxFeatures];
        foreach (var (words, gold) in trainWords)
        {
            ForEachCandidate(words, (token, first, end) =>
            {
                var n = TriggerFeatures.Extract(words, token, first, end, keys);
                examples.Add((keys.AsSpan(0, n).ToArray(), gold.Contains(words.Document.Tokens[token].Span)));
            });
        }
        progress?.Invoke($"{train.Count} train documents, {examples.Count} words, {examples.Count(e => e.Positive)} events");
        var weights = BinaryPerceptron.Train(examples, options.Epochs, options.Seed,
            (epoch, errors) => progress?.Invoke($"epoch {epoch}: {errors} errors"));

        // Dev words are scored once; each threshold only recounts.
        var unthresholded = new EventModel(weights, 0f);
        var scored = new List<(float Score, bool Positive)>();
        var devWords = Labelled(dev, prepare);
        foreach (var (words, gold) in devWords)
        {
            ForEachCandidate(words, (token, first, end) =>
                scored.Add((unthresholded.Score(words, token, first, end), gold.Contains(words.Document.Tokens[token].Span))));
        }
        var goldCount = devWords.Sum(d => d.Gold.Count);
        var best = (Threshold: 0f, Scores: new Prf(0, 0, goldCount));
        foreach (var threshold in options.Thresholds)
        {
            var prf = new Prf(scored.Count(s => s.Score > threshold && s.Positive), scored.Count(s => s.Score > threshold), goldCount);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold,4}: dev P {prf.Precision * 100:F1} R {prf.Recall * 100:F1} F1 {prf.F1 * 100:F1}"));
            if (prf.F1 > best.Scores.F1)
            {
                best = (threshold, prf);
            }
        }
        return new EventTrainingResult(unthresholded.WithThreshold(best.Threshold), best.Scores, Lexicon(trainWords, devWords, goldCount));
    }

    /// <summary>The best dev trigger scores of a word list measured on train, over <see cref="LexiconShares"/>.</summary>
    private static (double Share, Prf Scores) Lexicon(List<(ArticleWords Words, HashSet<TextSpan> Gold)> train, List<(ArticleWords Words, HashSet<TextSpan> Gold)> dev, int goldCount)
    {
        var counts = new Dictionary<string, (int Events, int All)>(StringComparer.Ordinal);
        foreach (var (words, gold) in train)
        {
            ForEachCandidate(words, (token, _, _) =>
            {
                var (events, all) = counts.GetValueOrDefault(words.Lower[token]);
                counts[words.Lower[token]] = (events + (gold.Contains(words.Document.Tokens[token].Span) ? 1 : 0), all + 1);
            });
        }
        var best = (Share: 0.0, Scores: new Prf(0, 0, goldCount));
        foreach (var share in LexiconShares)
        {
            var (correct, predicted) = (0, 0);
            foreach (var (words, gold) in dev)
            {
                ForEachCandidate(words, (token, _, _) =>
                {
                    if (counts.TryGetValue(words.Lower[token], out var c) && c.Events >= share * c.All && c.Events > 0)
                    {
                        predicted++;
                        correct += gold.Contains(words.Document.Tokens[token].Span) ? 1 : 0;
                    }
                });
            }
            var prf = new Prf(correct, predicted, goldCount);
            if (prf.F1 > best.Scores.F1)
            {
                best = (share, prf);
            }
        }
        return best;
    }

    private static List<(ArticleWords Words, HashSet<TextSpan> Gold)> Labelled(IReadOnlyList<TimeMLDocument> documents, Func<Document, Document> prepare) =>
        [.. documents.Select(d => (new ArticleWords(prepare(new Document(d.Text, new DocumentSource(d.DocId), d.DocumentDate))), d.Events.Select(e => e.Span).ToHashSet()))];

    private static void ForEachCandidate(ArticleWords words, Action<int, int, int> visit)
    {
        foreach (var (first, end) in words.Sentences)
        {
            for (var k = first; k < end; k++)
            {
                if (words.IsCandidate(k))
                {
                    visit(k, first, end);
                }
            }
        }
    }
}
