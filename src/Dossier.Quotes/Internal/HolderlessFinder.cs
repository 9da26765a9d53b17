namespace Dossier.Quotes.Internal;

/// <summary>
/// Attributions the text gives no holder, as PolNeAR annotates them: expectations and appearances
/// (<c>Trump is expected to win</c>) and questions put by an unnamed asker (<c>Asked whether …</c>).
/// They have content and a cue but no source, and no speaker is guessed for them.
/// </summary>
internal sealed class HolderlessFinder(ArticleView view, ContentSpans spans)
{
    /// <summary>
    /// "Asked whether he would run, Rubio demurred": the question is content whose asker the text does
    /// not name, so it has no source. Runs from the question word to the next comma.
    /// </summary>
    public void FindAskedQuestion(int first, int end, List<Clause> clauses, List<FoundQuote> found)
    {
        for (var i = first; i + 2 < end; i++)
        {
            if (view.Lower[i] != "asked" || view.RegionOf[i] >= 0 || !(i == first || view.Lower[i - 1] is "when" or "if" or "after" or ",")
                || clauses.Exists(c => c.CueFirst == i))
            {
                continue;
            }
            var question = i + 1;
            while (question < end && question - i <= 5 && view.Lower[question] is not ("whether" or "if" or "what" or "how" or "why" or "who" or "when" or "about" or ","))
            {
                question++;
            }
            if (question >= end || question - i > 5 || view.Lower[question] == ",")
            {
                continue;
            }
            var from = view.Lower[question] == "about" ? question + 1 : question;
            var to = from;
            while (to < end && view.Lower[to] != "," && !view.IsQuoteMark(to))
            {
                to++;
            }
            var pieces = new List<TextSpan>();
            spans.AddContent(pieces, from, to, extendBack: false);
            if (pieces.Count > 0)
            {
                var content = ContentSpans.Merge(pieces);
                found.Add(new FoundQuote(content, view.Span(i), (-1, -1), spans.KindOf(content), Holderless: true, By: FoundBy.Holderless));
            }
        }
    }

    /// <summary>
    /// Stance without a named holder, as PolNeAR annotates it: <c>Trump is expected to win</c>,
    /// <c>the voters seemed to agree</c>, <c>it appears that …</c>. The content is the subject and the
    /// complement around the cue, and there is no source.
    /// </summary>
    public void FindRaising(int first, int end, List<FoundQuote> found)
    {
        for (var i = first + 1; i + 1 < end; i++)
        {
            var word = view.Lower[i];
            var raising = word is "seems" or "seemed" or "appears" or "appeared";
            var expected = word == "expected" && view.Lower[i - 1] is "is" or "are" or "was" or "were" or "be" or "been";
            if (view.RegionOf[i] >= 0 || !(raising || expected) || view.Lower[i + 1] is not ("to" or "that"))
            {
                continue;
            }
            var cueFirst = i;
            while (cueFirst > first && view.Lower[cueFirst - 1] is "is" or "are" or "was" or "were" or "be" or "been" or "had" or "has" or "have" or "will" or "would" or "could" or "may" or "might" or "also" or "still" or "not" or "n't" or "n’t")
            {
                cueFirst--;
            }
            var subject = cueFirst;
            while (subject > first && view.Lower[subject - 1] is not ("," or "that" or ";" or ":" or "—" or "–" or "and" or "but" or "because" or "if" or "while" or "as")
                && !view.IsCue(subject - 1) && !view.IsClosingMark(subject - 1))
            {
                subject--;
            }
            var expletive = cueFirst - subject == 1 && view.Lower[subject] == "it";
            if (subject == cueFirst || (view.Lower[i + 1] == "that") != expletive)
            {
                continue;
            }
            var pieces = new List<TextSpan>();
            if (!expletive)
            {
                spans.AddContent(pieces, subject, cueFirst, extendBack: false);
            }
            var from = expletive ? i + 2 : i + 1;
            var to = from;
            while (to < end && (view.Lower[to] != "," || view.RegionOf[to] >= 0))
            {
                to++;
            }
            spans.AddContent(pieces, from, spans.StopAtCoordination(from, to), extendBack: false);
            if (pieces.Count == 0)
            {
                continue;
            }
            pieces.Sort();
            var content = ContentSpans.Merge(pieces);
            found.Add(new FoundQuote(content, view.Span(cueFirst, i + 1), (-1, -1), spans.KindOf(content), Holderless: true, By: FoundBy.Holderless));
        }
    }
}
