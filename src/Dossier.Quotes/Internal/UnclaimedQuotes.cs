namespace Dossier.Quotes.Internal;

/// <summary>Quotes that no cue claimed: continuations of the attribution before them, or attributions of their own.</summary>
internal sealed class UnclaimedQuotes(ArticleView view)
{
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
            if (found.Exists(q => q.Content.Any(c => c.Overlaps(extent))) || CountWords(region) < 4
                || (CountWords(region) < 8 && !StartsSentence(region.Start)))
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
            found.Add(new FoundQuote(region.Segments, null, SpeakerOfPreviousParagraph(found, region.Start), QuoteKind.Direct, Inherited: true));
        }
    }

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
