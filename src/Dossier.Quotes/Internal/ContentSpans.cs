using System.Collections.Immutable;

namespace Dossier.Quotes.Internal;

/// <summary>Turns token ranges into content spans: trimmed, widened to whole quotes, split at paragraphs, merged, and typed.</summary>
internal sealed class ContentSpans(ArticleView view)
{
    /// <summary>
    /// Content after a cue ends where the sentence turns to something else: a dash, a
    /// non-restrictive relative clause (<c>, which …</c>), or <c>and …</c> right after a quote closed on a comma (<c>“…,” and called on …</c>).
    /// (Stopping at a participle after a comma, <c>, echoing …</c>, was measured and lost on PolNeAR train.)
    /// </summary>
    public int StopAtCoordination(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (view.RegionOf[k] >= 0)
            {
                continue;
            }
            var word = view.Lower[k];
            if (word is "—" or "–" or "--" or "-")
            {
                // A pair of dashes encloses an aside inside the content ("those efforts - which include … - will pay off"); a lone dash ends it.
                var pair = k + 1;
                while (pair < to && view.Lower[pair] != word)
                {
                    pair++;
                }
                if (pair >= to)
                {
                    return k;
                }
                k = pair;
                continue;
            }
            if (view.Lower[k - 1] == "," && word is "which" or "who" or "whom" or "whose" or "where")
            {
                return k;
            }
            if (word is "and" or "but" && view.IsClosingMark(k - 1) && k >= 2 && view.Lower[k - 2] == ",")
            {
                return k;
            }
        }
        return to;
    }

    /// <summary>Adds the text of tokens <c>[from, to)</c>, trimmed of edge punctuation, widened to whole quotes that run past it.</summary>
    public void AddContent(List<TextSpan> spans, int from, int to, bool extendBack)
    {
        while (from < to && view.IsPunctuation(from) && !view.IsOpeningMark(from) && view.Lower[from] != "(")
        {
            from++;
        }
        to = TrimEnd(from, to);
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
        if (!extendBack)
        {
            stop = WholeQuoteEnd(to, stop);
        }
        if (extendBack && view.RegionOf[to - 1] >= 0 && !IsClosingMark(to - 1))
        {
            // "“A, B,” he said" where the comma sits before the closing mark: keep the mark.
            stop = Math.Max(stop, view.Regions[view.RegionOf[to - 1]].End);
        }
        SplitByParagraph(spans, start, stop);
    }

    /// <summary>Where content after a cue, tokens <c>[from, to)</c>, ends in the text as <see cref="AddContent"/> ends it; -1 when nothing is left.</summary>
    public int EndOffset(int from, int to)
    {
        to = TrimEnd(from, to);
        return to <= from ? -1 : WholeQuoteEnd(to, view.Span(to - 1).End);
    }

    /// <summary>Drops trailing punctuation other than a closing quotation mark or bracket.</summary>
    private int TrimEnd(int from, int to)
    {
        while (to > from && view.IsPunctuation(to - 1) && !IsClosingMark(to - 1) && view.Lower[to - 1] != ")")
        {
            to--;
        }
        return to;
    }

    /// <summary>Content ending inside a quote runs on to the quote's end.</summary>
    private int WholeQuoteEnd(int to, int stop) => view.RegionOf[to - 1] >= 0 ? Math.Max(stop, view.Regions[view.RegionOf[to - 1]].End) : stop;

    private bool IsClosingMark(int token) => view.IsClosingMark(token);

    public bool HasWord(int from, int to)
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
        // Paragraphs are in text order and never overlap: those meeting [start, stop) are a run.
        var paragraphs = view.Document.Paragraphs;
        for (var i = SortedSearch.PartitionPoint(paragraphs.AsSpan(), paragraph => paragraph.Span.End <= start); i < paragraphs.Length && paragraphs[i].Span.Start < stop; i++)
        {
            var p = paragraphs[i].Span;
            if (p.End > start)
            {
                spans.Add(new TextSpan(Math.Max(start, p.Start), Math.Min(stop, p.End)));
            }
        }
    }

    public static ImmutableArray<TextSpan> Merge(List<TextSpan> spans)
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
    public QuoteKind KindOf(ImmutableArray<TextSpan> content)
    {
        var quoted = false;
        var allQuoted = true;
        foreach (var span in content)
        {
            var inside = false;
            for (var r = view.FirstRegionEndingFrom(span.Start); r < view.Regions.Length && view.Regions[r].Start <= span.End; r++)
            {
                var region = view.Regions[r];
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
}
