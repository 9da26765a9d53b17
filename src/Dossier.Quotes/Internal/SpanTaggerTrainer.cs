using System.Collections.Immutable;
using Dossier.Learning;

namespace Dossier.Quotes.Internal;

/// <summary>One sentence labelled for one gold cue: its source and content tokens.</summary>
internal sealed record SpanExample(SpanFeatures Features, int First, int End, int Head, float CueScore, SpanLabel[] Gold);

/// <summary>
/// Trains the span tagger as a structured averaged perceptron on the sentences of gold cues only.
/// Whether to read a head is the cue model's and the filter's call: on PolNeAR dev, teaching the
/// tagger to label the sentences of rejected heads all outside cut its F1 given the gold heads from
/// 72.1 to 57.5.
/// </summary>
internal static class SpanTaggerTrainer
{
    /// <summary>The sentence of each gold cue in the article, its tokens labelled by the gold source and content.</summary>
    /// <param name="cueScores">Each token's cue score, from a cue model that did not see this article.</param>
    public static IEnumerable<SpanExample> Examples(ArticleView view, ImmutableArray<Attribution> gold, float[] cueScores)
    {
        var features = new SpanFeatures(view);
        var sentenceOf = new int[view.Tokens.Length];
        for (var s = 0; s < view.Sentences.Length; s++)
        {
            Array.Fill(sentenceOf, s, view.Sentences[s].First, view.Sentences[s].End - view.Sentences[s].First);
        }
        var taken = new HashSet<int>();
        foreach (var attribution in gold)
        {
            if (attribution.Cue is not { } cue || QuoteTrainer.Head(view, cue) is not (>= 0 and var head) || !taken.Add(head))
            {
                continue;
            }
            var (first, end, _) = view.Sentences[sentenceOf[head]];
            var labels = new SpanLabel[end - first];
            for (var k = first; k < end; k++)
            {
                var span = view.Span(k);
                labels[k - first] = attribution.Source is { } source && source.Overlaps(span) ? SpanLabel.Source
                    : !cue.Overlaps(span) && attribution.Content.Any(c => c.Overlaps(span)) ? SpanLabel.Content
                    : SpanLabel.Outside;
            }
            yield return new SpanExample(features, first, end, head, cueScores[head], labels);
        }
    }

    public static Dictionary<ulong, float> Train(IReadOnlyList<SpanExample> examples, int epochs, int seed, Action<int, int>? epochDone) =>
        StructuredPerceptron.Train(examples.Count, epochs, seed, (e, weight) =>
        {
            var example = examples[e];
            example.Features.Focus(example.First, example.End, example.Head, example.CueScore);
            var decoded = SpanTagger.Decode(example.Features, example.First, example.End, weight, requireContent: false);
            return decoded.AsSpan().SequenceEqual(example.Gold)
                ? null
                : (SpanTagger.Keys(example.Features, example.First, example.Gold), SpanTagger.Keys(example.Features, example.First, decoded));
        }, epochDone);
}
