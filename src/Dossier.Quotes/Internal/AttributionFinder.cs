using System.Collections.Immutable;

namespace Dossier.Quotes.Internal;

/// <summary>
/// Finds attributions sentence by sentence: each cue verb (or <c>according to</c>) gets a clause with its
/// source on the left (<c>X said</c>, <c>X, a professor …, said</c>) or right (<c>said X</c>), and content
/// before it (<c>“…,” he said</c>), after it (<c>he said that …</c>) or both (<c>“…,” he said, “…”</c>).
/// Quotes that run on across sentences and paragraphs are followed to their closing mark. Quotes that
/// no cue claims become attributions of their own, without a source.
/// </summary>
internal sealed class AttributionFinder(ArticleView view)
{
    private readonly ClauseParser parser = new(view);

    public List<FoundQuote> Find()
    {
        var found = new List<FoundQuote>();
        foreach (var (first, end, _) in view.Sentences)
        {
            FindInSentence(first, end, found);
        }
        AddUnclaimedQuotes(found);
        found.Sort((a, b) => a.Content[0].CompareTo(b.Content[0]));
        return found;
    }

    private void FindInSentence(int first, int end, List<FoundQuote> found)
    {
        var clauses = new List<Clause>();
        for (var i = first; i < end; i++)
        {
            if (!view.IsCue(i) || (i > first && view.IsAccordingTo(i - 1)))
            {
                continue;
            }
            var previous = clauses.Count > 0 ? clauses[^1] : (Clause?)null;
            if (parser.Parse(i, first, end, previous) is { } clause)
            {
                clauses.Add(clause);
                i = Math.Max(i, clause.End - 1);
            }
        }

        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            var spans = new List<TextSpan>();
            if (clause.ContentBefore)
            {
                var from = first;
                var to = BeforeBoundary(clause.Start, first);
                AddContent(spans, from, to, extendBack: true);
            }
            if (clause.ContentAfter)
            {
                var from = parser.ContentStart(clause, end);
                var to = end;
                for (var n = c + 1; n < clauses.Count; n++)
                {
                    if (clauses[n].ContentBefore || clauses[n].Inherited || clauses[n].Start > from && view.IsAccordingTo(clauses[n].CueFirst))
                    {
                        to = BeforeBoundary(clauses[n].Start, from);
                        break;
                    }
                }
                to = StopAtCoordination(from, to);
                AddContent(spans, from, to, extendBack: false);
            }
            if (spans.Count == 0)
            {
                continue;
            }
            spans.Sort();
            var content = Merge(spans);
            found.Add(new FoundQuote(
                content,
                view.Span(clause.CueFirst, clause.CueEnd),
                clause.HasSource ? (clause.SourceFirst, clause.SourceEnd) : (-1, -1),
                KindOf(content),
                clause.Inherited));
        }
    }

    /// <summary>The token after the material that ends before <paramref name="clauseStart"/>: skips back over commas, dashes and "while".</summary>
    private int BeforeBoundary(int clauseStart, int floor)
    {
        var to = clauseStart;
        while (to > floor && (view.Lower[to - 1] is "," or "—" or "–" or "--" or "-" or "while" or "(" or ";"))
        {
            to--;
        }
        return to;
    }

    /// <summary>Content after a cue stops before ", and …" that follows a closed quote: the next clause is a new act.</summary>
    private int StopAtCoordination(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (view.Lower[k] is "—" or "–" or "--" && view.RegionOf[k] < 0)
            {
                return k;
            }
            if (view.Lower[k] is "and" or "but" && view.RegionOf[k] < 0 && view.IsQuoteMark(k - 1) && view.RegionOf[k - 1] >= 0
                && view.Regions[view.RegionOf[k - 1]].End == view.Span(k - 1).End)
            {
                return k;
            }
        }
        return to;
    }

    /// <summary>Adds the text of tokens <c>[from, to)</c>, trimmed of edge punctuation, widened to whole quotes that run past it.</summary>
    private void AddContent(List<TextSpan> spans, int from, int to, bool extendBack)
    {
        while (from < to && view.IsPunctuation(from) && !view.IsOpeningMark(from) && view.Lower[from] != "(")
        {
            from++;
        }
        while (to > from && view.IsPunctuation(to - 1) && !IsClosingMark(to - 1) && view.Lower[to - 1] != ")")
        {
            to--;
        }
        if (from >= to || !HasWord(from, to))
        {
            return;
        }
        var start = view.Span(from).Start;
        var stop = view.Span(to - 1).End;
        if (extendBack && view.RegionOf[from] >= 0)
        {
            start = Math.Min(start, view.Regions[view.RegionOf[from]].Start);
        }
        if (!extendBack && view.RegionOf[to - 1] >= 0)
        {
            stop = Math.Max(stop, view.Regions[view.RegionOf[to - 1]].End);
        }
        if (extendBack && view.RegionOf[to - 1] >= 0 && !IsClosingMark(to - 1))
        {
            // "“A, B,” he said" where the comma sits before the closing mark: keep the mark.
            stop = Math.Max(stop, view.Regions[view.RegionOf[to - 1]].End);
        }
        SplitByParagraph(spans, start, stop);
    }

    private bool IsClosingMark(int token) =>
        view.IsQuoteMark(token) && view.RegionOf[token] >= 0 && view.Regions[view.RegionOf[token]].End == view.Span(token).End;

    private bool HasWord(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.IsWord(k))
            {
                return true;
            }
        }
        return false;
    }

    private void SplitByParagraph(List<TextSpan> spans, int start, int stop)
    {
        foreach (var paragraph in view.Document.Paragraphs)
        {
            var p = paragraph.Span;
            if (p.End <= start || p.Start >= stop)
            {
                continue;
            }
            spans.Add(new TextSpan(Math.Max(start, p.Start), Math.Min(stop, p.End)));
        }
    }

    private static ImmutableArray<TextSpan> Merge(List<TextSpan> spans)
    {
        var merged = new List<TextSpan> { spans[0] };
        for (var k = 1; k < spans.Count; k++)
        {
            if (spans[k].Start <= merged[^1].End)
            {
                merged[^1] = merged[^1].Union(spans[k]);
            }
            else
            {
                merged.Add(spans[k]);
            }
        }
        return [.. merged];
    }

    /// <summary>Direct when the content is exactly quoted regions, mixed when it holds one, else indirect.</summary>
    private QuoteKind KindOf(ImmutableArray<TextSpan> content)
    {
        var quoted = false;
        var allQuoted = true;
        foreach (var span in content)
        {
            var inside = false;
            foreach (var region in view.Regions)
            {
                foreach (var segment in region.Segments)
                {
                    if (segment.Overlaps(span))
                    {
                        quoted = true;
                    }
                    if (segment.Contains(TrimPunctuation(span)))
                    {
                        inside = true;
                    }
                }
            }
            allQuoted &= inside;
        }
        return !quoted ? QuoteKind.Indirect : allQuoted ? QuoteKind.Direct : QuoteKind.Mixed;
    }

    private TextSpan TrimPunctuation(TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (end > start && (char.IsPunctuation(view.Text[end - 1]) && view.Text[end - 1] is not ('"' or '”')))
        {
            end--;
        }
        return new TextSpan(start, end);
    }

    /// <summary>
    /// A quote that no cue claimed either continues the attribution just before it in the same
    /// paragraph (<c>“A,” Trump said. “B.”</c>: one attribution, two content spans) or, at four words
    /// or more, stands as an attribution of its own without a source.
    /// </summary>
    private void AddUnclaimedQuotes(List<FoundQuote> found)
    {
        foreach (var region in view.Regions)
        {
            var extent = new TextSpan(region.Start, region.End);
            if (found.Exists(q => q.Content.Any(c => c.Overlaps(extent))) || CountWords(region) < 4)
            {
                continue;
            }
            var previous = PreviousInParagraph(found, region.Start);
            if (previous >= 0)
            {
                var quote = found[previous];
                found[previous] = quote with { Content = [.. quote.Content, .. region.Segments], Kind = quote.Kind == QuoteKind.Indirect ? QuoteKind.Mixed : quote.Kind };
                continue;
            }
            found.Add(new FoundQuote(region.Segments, null, (-1, -1), QuoteKind.Direct));
        }
    }

    /// <summary>The attribution whose clause ends within a short gap before <paramref name="start"/> in the same paragraph; -1 if none.</summary>
    private int PreviousInParagraph(List<FoundQuote> found, int start)
    {
        const int MaxGap = 60;
        var paragraph = view.Document.Paragraphs.FirstOrDefault(p => p.Span.Contains(start)).Span;
        var best = -1;
        var bestEnd = -1;
        for (var q = 0; q < found.Count; q++)
        {
            var quote = found[q];
            var end = quote.Content[^1].End;
            if (quote.Cue is { } cue)
            {
                end = Math.Max(end, cue.End);
            }
            if (quote.HasSource && !quote.Inherited)
            {
                end = Math.Max(end, view.Span(quote.SourceTokens.End - 1).End);
            }
            if (end <= start && end >= paragraph.Start && start - end <= MaxGap && end > bestEnd && quote.Kind != QuoteKind.Indirect)
            {
                best = q;
                bestEnd = end;
            }
        }
        return best;
    }

    private int CountWords(QuotedRegion region)
    {
        var words = 0;
        var first = view.Document.TokenIndexAt(region.Start);
        for (var k = first; k < view.Tokens.Length && view.Span(k).Start < region.End; k++)
        {
            words += view.IsWord(k) ? 1 : 0;
        }
        return words;
    }
}
