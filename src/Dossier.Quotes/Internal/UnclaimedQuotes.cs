namespace Dossier.Quotes.Internal;

/// <summary>Quotes that no cue claimed: continuations of the attribution before them, or attributions of their own.</summary>
internal sealed class UnclaimedQuotes(ArticleView view)
{
    private readonly SourceFinder sources = new(view);

    /// <summary>
    /// A quote that no cue claimed either continues the attribution just before it in the same
    /// paragraph (<c>“A,” Trump said. “B.”</c>: one attribution, two content spans) or stands as an
    /// attribution of its own, with the latest speaker's source when there is one. Short quotes are
    /// mostly titles and scare quotes: inside a sentence a quote needs eight words, at a sentence's
    /// start four (both thresholds measured on PolNeAR train).
    /// </summary>
    public void AddTo(List<FoundQuote> found)
    {
        foreach (var region in view.Regions)
        {
            var extent = new TextSpan(region.Start, region.End);
            if (found.Exists(q => q.Content.Any(c => c.Overlaps(extent))))
            {
                continue;
            }
            if ((TranscriptLine(region) ?? Signed(region)) is { } line)
            {
                found.Add(line);
                continue;
            }
            var words = view.WordsIn(region);
            if (words < 4 || (words < 8 && !StartsSentence(region.Start)))
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
            if (SpeakerAround(region) is var (cue, source) && source.First >= 0)
            {
                found.Add(new FoundQuote(region.Segments, cue, source, QuoteKind.Direct, By: FoundBy.Unclaimed));
                continue;
            }
            found.Add(new FoundQuote(region.Segments, null, SpeakerOfPreviousParagraph(found, region.Start), QuoteKind.Direct, Inherited: true, By: FoundBy.Unclaimed));
        }
    }

    /// <summary>
    /// A quoted transcript line led by its speaker's name in capitals, <c>"PENCE: Well, look, …"</c>:
    /// the name is the source, the colon the cue, and the rest of the quote the content.
    /// </summary>
    private FoundQuote? TranscriptLine(QuotedRegion region)
    {
        var first = view.Document.TokenIndexAt(region.Start) + 1;
        var k = first;
        while (k < view.Tokens.Length && k - first < 3 && view.IsWord(k) && IsAllCapitals(k))
        {
            k++;
        }
        if (k == first || k + 1 >= view.Tokens.Length || view.Lower[k] != ":" || !region.Segments[0].Contains(view.Span(k + 1).Start))
        {
            return null;
        }
        var content = region.Segments.SetItem(0, new TextSpan(view.Span(k + 1).Start, region.Segments[0].End));
        return new FoundQuote(content, view.Span(k), (first, k), QuoteKind.Direct, By: FoundBy.Unclaimed);
    }

    /// <summary>A quote signed by its speaker at the end of its line: <c>“…” ― Krystal Correa</c>.</summary>
    private FoundQuote? Signed(QuotedRegion region)
    {
        var dash = view.Document.TokenIndexAt(region.End);
        if (dash + 1 >= view.Tokens.Length || view.Lower[dash] is not ("—" or "–" or "--" or "-") || Gap(region.End, view.Span(dash).Start).Contains('\n'))
        {
            return null;
        }
        var name = dash + 1;
        while (name < view.Tokens.Length && name - dash <= 4 && view.IsCapitalised(name) && view.RegionOf[name] < 0)
        {
            name++;
        }
        var lineEnd = view.Text.IndexOf('\n', view.Span(dash).End) is var newline and >= 0 ? newline : view.Text.Length;
        if (name == dash + 1 || !Gap(view.Span(name - 1).End, lineEnd).Trim().TrimStart('.').IsEmpty)
        {
            return null;
        }
        return new FoundQuote(region.Segments, view.Span(dash), (dash + 1, name), QuoteKind.Direct, By: FoundBy.Unclaimed);
    }

    private ReadOnlySpan<char> Gap(int from, int to) => from < to ? view.Text.AsSpan(from, to - from) : [];

    private bool IsAllCapitals(int token)
    {
        var span = view.Span(token);
        var text = view.Text.AsSpan(span.Start, span.Length);
        return text.Length > 1 && !text.ContainsAnyInRange('a', 'z') && text.ContainsAnyInRange('A', 'Z');
    }

    /// <summary>
    /// A speaker written next to the quote with a verb the lexicon lacks: <c>“…,” Trump quipped</c>,
    /// <c>“…,” fumed Trump</c>, or the sentence's subject when the quote comes later in the sentence
    /// (<c>Trump went on: “…”</c>). Returns the verb as the cue when there is one.
    /// </summary>
    private (TextSpan? Cue, (int First, int End) Source) SpeakerAround(QuotedRegion region)
    {
        var open = view.Document.TokenIndexAt(region.Start);
        var close = view.Document.TokenIndexAt(region.End);
        for (var n = 0; n < view.Sentences.Length; n++)
        {
            var (first, end, paragraph) = view.Sentences[n];
            if (close > first && close < end && open <= first)
            {
                // The quote opens the sentence: the speaker follows it.
                var k = close;
                if (k < end && IsVerbLike(k) && sources.OnRight(k + 1, end, appositive: true) is var right && right.First >= 0)
                {
                    return (view.Span(k), right);
                }

                if (k + 1 < end && (Lexicon.PersonPronouns.Contains(view.Lower[k]) || view.Lower[k] == "it") && IsVerbLike(k + 1))
                {
                    return (view.Span(k + 1), (k, k + 1));
                }
                var after = sources.OnRight(k, end, appositive: false);
                if (after.First >= 0 && after.End < end && IsVerbLike(after.End))
                {
                    return (view.Span(after.End), after);
                }
                // The walk to the right swallowed the verb ("Trump bragged"): cut at the last verb form in it.
                for (var v = after.End - 1; v > after.First; v--)
                {
                    if (IsVerbLike(v))
                    {
                        return (view.Span(v), (after.First, v));
                    }
                }
                return (null, (-1, -1));
            }
            if (close == first && n > 0 && view.Sentences[n - 1].Paragraph != paragraph && view.Lower[first] is "-" or "—" or "–" or "--")
            {
                // A paragraph of its own under the quote names the speaker: "- Sanders."
                return (null, sources.OnRight(first + 1, end, appositive: false));
            }
            if (open > first && open < end)
            {
                return (null, sources.MainSubject(first, open));
            }
        }
        return (null, (-1, -1));
    }

    /// <summary>A lower-case past or present-tense verb form outside quotes: <c>quipped</c>, <c>writes</c>.</summary>
    private bool IsVerbLike(int token) =>
        view.IsWord(token) && view.RegionOf[token] < 0 && !view.IsCapitalised(token)
        && view.Lower[token] is var word && word.Length > 3 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith('s'));

    /// <summary>
    /// A quote with no cue of its own goes on with the latest speaker named since the start of the
    /// previous paragraph (the news convention for a run of quotes): that source, or none.
    /// </summary>
    private (int First, int End) SpeakerOfPreviousParagraph(List<FoundQuote> found, int start)
    {
        var paragraphs = view.Document.Paragraphs;
        var index = -1;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (paragraphs[p].Span.Contains(start))
            {
                index = p;
                break;
            }
        }
        if (index <= 0)
        {
            return (-1, -1);
        }
        var previous = new TextSpan(paragraphs[index - 1].Span.Start, start);
        var best = (First: -1, End: -1);
        foreach (var quote in found)
        {
            if (quote.HasSource && previous.Contains(view.Span(quote.SourceTokens.First).Start) && quote.SourceTokens.First > best.First)
            {
                best = quote.SourceTokens;
            }
        }
        return best;
    }

    /// <summary>The attribution whose clause ends within a short gap before <paramref name="start"/> in the same paragraph; -1 if none.</summary>
    private int PreviousInParagraph(List<FoundQuote> found, int start)
    {
        const int MaxGap = 200;
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

    private bool StartsSentence(int offset)
    {
        foreach (var sentence in view.Document.Sentences)
        {
            if (sentence.Span.Start == offset)
            {
                return true;
            }
        }
        return false;
    }
}
