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
        new UnclaimedQuotes(view).AddTo(found);
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

        for (var i = first + 1; i + 1 < end; i++)
        {
            if (view.Lower[i] == ":" && view.IsOpeningMark(i + 1) && !clauses.Exists(c => c.End >= i - 1 && c.Start <= i)
                && parser.ParseColon(i, first) is { } colon)
            {
                clauses.Add(colon);
            }
        }
        clauses.Sort((a, b) => a.Start.CompareTo(b.Start));

        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            if (c > 0 && IsNestedPronounClause(clauses[c - 1], clause))
            {
                continue;
            }
            var spans = new List<TextSpan>();
            if (clause.ContentBefore && clause.Start == first && first > 0 && view.RegionOf[first - 1] >= 0)
            {
                // The quote ended the sentence before: "“… .” Trump said."
                spans.AddRange(view.Regions[view.RegionOf[first - 1]].Segments);
            }
            else if (clause.ContentBefore)
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
                    if (clauses[n].ContentBefore || clauses[n].Inherited || (clauses[n].Start > from && (view.IsAccordingTo(clauses[n].CueFirst) || IsCoordinated(clauses[n].Start))))
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

    /// <summary>
    /// "Trump said he believed …": the inner clause opens the outer one's content with a pronoun
    /// subject; the outer attribution carries it.
    /// </summary>
    private bool IsNestedPronounClause(Clause outer, Clause inner) =>
        outer.ContentAfter && !inner.Inherited && inner.HasSource && inner.SourceEnd - inner.SourceFirst == 1
        && Lexicon.PersonPronouns.Contains(view.Lower[inner.SourceFirst])
        && parser.ContentStart(outer, inner.SourceFirst + 1) is var start
        && (start == inner.SourceFirst || (view.Lower[start] == "that" && start + 1 == inner.SourceFirst));

    /// <summary>A clause that starts after "while", "and", "but" or a comma begins a new statement, not one nested in the content.</summary>
    private bool IsCoordinated(int clauseStart) =>
        clauseStart > 0 && (view.Lower[clauseStart - 1] is "," or "while" or "and" or "but" or "whereas" or ";" || view.IsClosingMark(clauseStart - 1));

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

    /// <summary>
    /// Content after a cue ends where the sentence turns to something else: a dash, a
    /// non-restrictive relative clause (<c>, which …</c>), or <c>and …</c> right after a quote closed on a comma (<c>“…,” and called on …</c>).
    /// (Stopping at a participle after a comma, <c>, echoing …</c>, was measured and lost on PolNeAR train.)
    /// </summary>
    private int StopAtCoordination(int from, int to)
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
                return k;
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

    private bool IsClosingMark(int token) => view.IsClosingMark(token);

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
}
