using System.Collections.Immutable;
using Dossier.Learning;
using Dossier.Quotes.Internal;

namespace Dossier.Quotes;

/// <summary>
/// Trains a <see cref="QuoteModel"/> on attribution-annotated articles (PolNeAR's train split).
/// The cue model learns which words head gold cues. The filter learns which proposed attributions
/// are right (content overlapping a gold one by half, with the right source); it is trained on
/// proposals made on each half of the corpus by a cue model trained on the other half, so it
/// sees cue scores as they are on unseen text. The span tagger learns the source and content around
/// each gold cue, with the cue scores of the same cross-fitting. The same corpus, epochs and seed give the same model.
/// </summary>
public static class QuoteTrainer
{
    /// <summary>The cue threshold the filter's training proposals are made with: low, so the filter sees the doubtful cues too.</summary>
    public const float ProposalThreshold = 0f;

    /// <summary>
    /// Span-tagger weights smaller than this in magnitude are dropped from the model: most of its weights
    /// are this small, and dropping them keeps the model file small at little cost (see models/quotes/MODEL.md).
    /// </summary>
    public const float TaggerPruning = 8f;

    /// <param name="prepare">Tokenizes and splits a bare document (the pipeline's base stages, plus entities if the extractor will see them).</param>
    /// <param name="progress">Receives a line per training pass.</param>
    public static QuoteModel Train(IReadOnlyList<AttributionDocument> corpus, Func<Document, Document> prepare, int epochs = 10, int seed = 1, Action<string>? progress = null)
    {
        var articles = corpus.Select(item => (View: new ArticleView(prepare(new Document(item.Text, new DocumentSource(item.Name), published: null))), item.Attributions)).ToList();
        var cues = TrainCues(articles, epochs, seed, "cues", progress);
        var none = new Dictionary<ulong, float>();
        var folds = new List<(List<(ArticleView View, ImmutableArray<Attribution> Gold)> HeldOut, Dictionary<ulong, float> Cues)>();
        for (var fold = 0; fold < 2; fold++)
        {
            var heldOut = articles.Where((_, i) => i % 2 == fold).ToList();
            folds.Add((heldOut, TrainCues(articles.Where((_, i) => i % 2 != fold).ToList(), epochs, seed, $"cues, fold {fold + 1}", progress)));
        }

        var spanExamples = new List<SpanExample>();
        foreach (var (heldOut, foldCues) in folds)
        {
            var foldModel = new QuoteModel(foldCues, none, none, none, new QuoteThresholds(ProposalThreshold, 0f));
            foreach (var (view, gold) in heldOut)
            {
                spanExamples.AddRange(SpanTaggerTrainer.Examples(view, gold, AttributionFinder.ScoreCues(view, foldModel)));
            }
        }
        var tagger = SpanTaggerTrainer.Train(spanExamples, epochs, seed, (epoch, errors) => progress?.Invoke($"span tagger epoch {epoch}: {errors} sentences mislabelled of {spanExamples.Count}"));

        var endExamples = new List<(ulong[][], int)>();
        foreach (var (heldOut, foldCues) in folds)
        {
            var foldModel = new QuoteModel(foldCues, none, none, none, new QuoteThresholds(ProposalThreshold, 0f));
            foreach (var (view, gold) in heldOut)
            {
                endExamples.AddRange(LabelEnds(view, gold, foldModel));
            }
        }
        var ends = RankingPerceptron.Train(endExamples, epochs, seed, (epoch, errors) => progress?.Invoke($"content ends epoch {epoch}: {errors} errors over {endExamples.Count} contents"));

        var proposals = new List<(ulong[], bool)>();
        foreach (var (heldOut, foldCues) in folds)
        {
            var foldModel = new QuoteModel(foldCues, none, ends, none, new QuoteThresholds(ProposalThreshold, 0f));
            foreach (var (view, gold) in heldOut)
            {
                proposals.AddRange(Label(view, gold, foldModel));
            }
        }
        var filter = BinaryPerceptron.Train(proposals, epochs, seed, (epoch, errors) => progress?.Invoke($"filter epoch {epoch}: {errors} errors over {proposals.Count} proposals"));
        return new QuoteModel(cues, filter, ends, tagger, new QuoteThresholds(ProposalThreshold, 0f)).PruneTagger(TaggerPruning);
    }

    /// <summary>
    /// Each content-end decision the extractor makes in the article, with the candidate whose end
    /// matches the gold content of the attribution sharing its cue; decisions no candidate gets right are left out.
    /// </summary>
    private static List<(ulong[][], int)> LabelEnds(ArticleView view, ImmutableArray<Attribution> gold, QuoteModel model)
    {
        var choices = new List<EndChoice>();
        new AttributionFinder(view, model) { RecordEnds = choices.Add }.FindCandidates();
        var contents = new ContentSpans(view);
        var examples = new List<(ulong[][], int)>();
        foreach (var choice in choices)
        {
            var cue = view.Span(choice.Cue);
            var start = view.Span(choice.From).Start;
            var match = gold.FirstOrDefault(g => g.Cue is { } c && c.Overlaps(cue) && g.Content[^1].End > start);
            if (match is null)
            {
                continue;
            }
            var goldEnd = match.Content[^1].End;
            var index = choice.Candidates.FindIndex(k => contents.EndOffset(choice.From, k) is var end and >= 0 && Math.Abs(end - goldEnd) <= 1);
            if (index >= 0)
            {
                examples.Add((choice.Keys, index));
            }
        }
        return examples;
    }

    private static Dictionary<ulong, float> TrainCues(List<(ArticleView View, ImmutableArray<Attribution> Gold)> articles, int epochs, int seed, string name, Action<string>? progress)
    {
        var examples = new List<(ulong[], bool)>();
        Span<ulong> buffer = stackalloc ulong[CueFeatures.MaxFeatures];
        foreach (var (view, gold) in articles)
        {
            var features = new CueFeatures(view);
            var heads = new bool[view.Tokens.Length];
            foreach (var attribution in gold)
            {
                if (attribution.Cue is { } cue && Head(view, cue) is var head and >= 0)
                {
                    heads[head] = true;
                }
            }
            for (var token = 0; token < view.Tokens.Length; token++)
            {
                if (view.IsCueCandidate(token))
                {
                    examples.Add((buffer[..features.Extract(token, buffer)].ToArray(), heads[token]));
                }
            }
        }
        return BinaryPerceptron.Train(examples, epochs, seed, (epoch, errors) => progress?.Invoke($"{name} epoch {epoch}: {errors} errors over {examples.Count} words"));
    }

    /// <summary>Each attribution the extractor proposes for the article, as filter features, labelled right when it matches a gold one with the right source.</summary>
    private static IEnumerable<(ulong[], bool)> Label(ArticleView view, ImmutableArray<Attribution> gold, QuoteModel model)
    {
        var finder = new AttributionFinder(view, model);
        var found = finder.FindCandidates().FindAll(AttributionFinder.IsFiltered);
        var predicted = found.Select(q => new Attribution(q.Content, q.HasSource ? view.Span(q.SourceTokens.First, q.SourceTokens.End) : null, q.Cue)).ToImmutableArray();
        var right = new bool[found.Count];
        foreach (var (g, p) in AttributionScorer.MatchByOverlap(gold, predicted))
        {
            right[p] = AttributionScorer.SourceIsRight(gold[g].Source, predicted[p].Source);
        }
        var keys = new ulong[CandidateFeatures.MaxFeatures];
        for (var p = 0; p < found.Count; p++)
        {
            yield return (keys[..finder.Features.Extract(found[p], keys)].ToArray(), right[p]);
        }
    }

    /// <summary>The cue's head token: its first candidate that is not an auxiliary, adverb or article ("has said" → "said"); -1 when none.</summary>
    internal static int Head(ArticleView view, TextSpan cue)
    {
        var fallback = -1;
        for (var token = view.Document.TokenIndexAt(cue.Start); token < view.Tokens.Length && view.Span(token).Start < cue.End; token++)
        {
            if (!view.Span(token).Overlaps(cue) || !view.IsCueCandidate(token))
            {
                continue;
            }
            if (!view.IsHeadFiller(token))
            {
                return token;
            }
            fallback = fallback < 0 ? token : fallback;
        }
        return fallback;
    }
}
