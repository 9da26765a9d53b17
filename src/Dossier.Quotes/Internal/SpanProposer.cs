namespace Dossier.Quotes.Internal;

/// <summary>
/// Proposes the attribution around one cue from the span tagger's labels: the content is every run
/// of content tokens (widened to whole quotes, which may run past the sentence), the source is the
/// run of source tokens nearest the cue.
/// </summary>
internal sealed class SpanProposer(ArticleView view, ContentSpans contents, Func<ulong, float> weight)
{
    private readonly SpanFeatures features = new(view);

    /// <summary>The attribution around the cue headed by <paramref name="head"/> in sentence tokens <c>[first, end)</c>, or null when the tagger finds no content.</summary>
    public FoundQuote? Propose(int first, int end, int head, float cueScore)
    {
        features.Focus(first, end, head, cueScore);
        var labels = SpanTagger.Decode(features, first, end, weight, requireContent: true);
        var spans = new List<TextSpan>();
        var source = (First: -1, End: -1);
        var nearest = int.MaxValue;
        for (var t = 0; t < labels.Length;)
        {
            var run = t;
            while (run < labels.Length && labels[run] == labels[t])
            {
                run++;
            }
            var (from, to) = (first + t, first + run);
            if (labels[t] == SpanLabel.Content)
            {
                contents.AddContent(spans, from, to, extendBack: to <= head);
            }
            else if (labels[t] == SpanLabel.Source && Math.Min(Math.Abs(from - head), Math.Abs(to - 1 - head)) is var distance && distance < nearest)
            {
                (source, nearest) = ((from, to), distance);
            }
            t = run;
        }
        if (spans.Count == 0)
        {
            return null;
        }
        spans.Sort();
        var content = ContentSpans.Merge(spans);
        var cueEnd = view.IsAccordingTo(head) ? head + 2 : head + 1;
        return new FoundQuote(content, view.Span(head, cueEnd), source, contents.KindOf(content), By: FoundBy.Tagger);
    }
}
