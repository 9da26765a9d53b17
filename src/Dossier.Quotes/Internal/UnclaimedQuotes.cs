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
    public void AddTo(List<FoundQuote> found, CancellationToken cancellationToken = default)
    {
        // A quote added here holds the region it came from, and regions never overlap, so whether a
        // later region is claimed depends only on the quotes found before.
        var claimed = new SpanCover(found.SelectMany(quote => quote.Content));
        var ends = new ClauseEnds(view);
        var named = new SourceStarts(view.Tokens.Length);
        foreach (var quote in found)
        {
            ends.Add(quote);
            named.Add(quote);
        }
        void Add(FoundQuote quote)
        {
            found.Add(quote);
            ends.Add(quote);
            named.Add(quote);
        }

        foreach (var region in view.Regions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (claimed.Overlaps(new TextSpan(region.Start, region.End)))
            {
                continue;
            }
            if ((TranscriptLine(region) ?? Signed(region)) is { } line)
            {
                Add(line);
                continue;
            }
            var words = view.WordsIn(region);
            if (words < 4 || (words < 8 && !StartsSentence(region.Start)))
            {
                continue;
            }
            var previous = PreviousInParagraph(ends, region.Start);
            if (previous >= 0)
            {
                var quote = found[previous];
                found[previous] = quote with { Content = [.. quote.Content, .. region.Segments], Kind = quote.Kind == QuoteKind.Indirect ? QuoteKind.Mixed : quote.Kind };
                ends.Set(previous, found[previous]);
                continue;
            }
            if (SpeakerAround(region) is var (cue, source) && source.First >= 0)
            {
                Add(new FoundQuote(region.Segments, cue, source, QuoteKind.Direct, By: FoundBy.Unclaimed));
                continue;
            }
            Add(new FoundQuote(region.Segments, null, SpeakerOfPreviousParagraph(found, named, region.Start), QuoteKind.Direct, Inherited: true, By: FoundBy.Unclaimed));
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
        if (name == dash + 1 || !NothingButDotsToLineEnd(view.Span(dash).End, view.Span(name - 1).End))
        {
            return null;
        }
        return new FoundQuote(region.Segments, view.Span(dash), (dash + 1, name), QuoteKind.Direct, By: FoundBy.Unclaimed);
    }

    private ReadOnlySpan<char> Gap(int from, int to) => from < to ? view.Text.AsSpan(from, to - from) : [];

    /// <summary>
    /// Whether the line that goes on after the dash holds, past the name ending at <paramref name="nameEnd"/>,
    /// nothing but white space around a run of dots (a line break inside the name also ends it). Reads
    /// no further than the first other character, not to the line's end: one paragraph can be the whole article.
    /// </summary>
    private bool NothingButDotsToLineEnd(int dashEnd, int nameEnd)
    {
        if (view.Text.AsSpan(dashEnd, Math.Max(0, nameEnd - dashEnd)).Contains('\n'))
        {
            return true;
        }
        var lineEnd = nameEnd;
        while (lineEnd < view.Text.Length && view.Text[lineEnd] != '\n' && (char.IsWhiteSpace(view.Text[lineEnd]) || view.Text[lineEnd] == '.'))
        {
            lineEnd++;
        }
        if (lineEnd < view.Text.Length && view.Text[lineEnd] != '\n')
        {
            return false;
        }
        return Gap(nameEnd, lineEnd).Trim().TrimStart('.').IsEmpty;
    }

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
        // Each test below needs the sentence to hold or start at the opening or closing mark: sentences
        // end before the earlier mark or start after the later one are passed over, as a scan would.
        var from = SortedSearch.PartitionPoint(view.Sentences.AsSpan(), sentence => sentence.End < Math.Min(open, close));
        for (var n = from; n < view.Sentences.Length && view.Sentences[n].First <= Math.Max(open, close); n++)
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
    private (int First, int End) SpeakerOfPreviousParagraph(List<FoundQuote> found, SourceStarts named, int start)
    {
        var index = ParagraphAt(start);
        if (index <= 0)
        {
            return (-1, -1);
        }
        // The latest source starting in [previous paragraph's start, start): the last one starting before start, if it is not earlier.
        var before = SortedSearch.PartitionPoint(view.Tokens.AsSpan(), token => token.Span.Start < start);
        var latest = named.LastBefore(before);
        return latest >= 0 && view.Span(latest).Start >= view.Document.Paragraphs[index - 1].Span.Start
            ? found[named.HolderAt(latest)].SourceTokens
            : (-1, -1);
    }

    /// <summary>The attribution whose clause ends within a short gap before <paramref name="start"/> in the same paragraph; -1 if none.</summary>
    private int PreviousInParagraph(ClauseEnds ends, int start)
    {
        const int MaxGap = 200;
        var index = ParagraphAt(start);
        var paragraphStart = index >= 0 ? view.Document.Paragraphs[index].Span.Start : 0;
        return ends.LastEndingBy(start, Math.Max(paragraphStart, start - MaxGap));
    }

    /// <summary>The index of the paragraph holding <paramref name="offset"/>, or -1 (paragraphs are in order and never overlap).</summary>
    private int ParagraphAt(int offset)
    {
        var paragraphs = view.Document.Paragraphs.AsSpan();
        var index = SortedSearch.PartitionPoint(paragraphs, paragraph => paragraph.Span.End <= offset);
        return index < paragraphs.Length && paragraphs[index].Span.Contains(offset) ? index : -1;
    }

    private bool StartsSentence(int offset)
    {
        var sentences = view.Document.Sentences.AsSpan();
        var index = SortedSearch.PartitionPoint(sentences, sentence => sentence.Span.Start < offset);
        return index < sentences.Length && sentences[index].Span.Start == offset;
    }
}
