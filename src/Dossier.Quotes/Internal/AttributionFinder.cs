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
    private readonly ContentSpans contentSpans = new(view);
    private readonly HolderlessFinder holderless = new(view, new ContentSpans(view));

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
            if (view.Lower[i] == ":" && (view.IsOpeningMark(i + 1) || IsHeadlineSpeaker(first, i)) && !clauses.Exists(c => c.End >= i - 1 && c.Start <= i)
                && parser.ParseColon(i, first) is { } colon)
            {
                clauses.Add(colon);
            }
        }
        clauses.Sort((a, b) => a.Start.CompareTo(b.Start));
        holderless.FindRaising(first, end, found);
        holderless.FindAskedQuestion(first, end, clauses, found);

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
                contentSpans.AddContent(spans, from, to, extendBack: true);
            }
            if (clause.ContentAfter)
            {
                var from = parser.ContentStart(clause, end);
                var to = end;
                for (var n = c + 1; n < clauses.Count; n++)
                {
                    if (clauses[n].ContentBefore || clauses[n].Inherited || (clauses[n].Start > from && (view.IsAccordingTo(clauses[n].CueFirst) || IsCoordinated(clauses[n].Start))))
                    {
                        // A later clause whose source came first ("Warren, who has not endorsed anyone, told"): stop at its cue.
                        to = BeforeBoundary(clauses[n].Start > from ? clauses[n].Start : clauses[n].CueFirst, from);
                        break;
                    }
                }
                to = contentSpans.StopAtCoordination(from, to);
                contentSpans.AddContent(spans, from, to, extendBack: false);
            }
            if (spans.Count == 0)
            {
                continue;
            }
            spans.Sort();
            var content = ContentSpans.Merge(spans);
            found.Add(new FoundQuote(
                content,
                view.Span(clause.CueFirst, clause.CueEnd),
                clause.HasSource ? (clause.SourceFirst, clause.SourceEnd) : (-1, -1),
                contentSpans.KindOf(content),
                clause.Inherited));
        }
    }

    /// <summary>A headline or transcript line led by its speaker: "Cruz: Trump Would Put Liberals On Court", "Alex Seitz-Wald: She is right …".</summary>
    private bool IsHeadlineSpeaker(int first, int colon)
    {
        if (colon - first is < 1 or > 4)
        {
            return false;
        }
        for (var k = first; k < colon; k++)
        {
            if (!view.IsCapitalised(k) || Lexicon.NotNames.Contains(view.Lower[k]))
            {
                return false;
            }
        }
        return true;
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

}
