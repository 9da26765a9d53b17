namespace Dossier.Quotes.Internal;

/// <summary>
/// Where each attribution's clause ends (its content, cue and written source, whichever ends last),
/// for "which attribution ends last before this offset" while the quoted regions are read in text
/// order. The offsets asked about only grow, so each end waits in one heap until an offset passes
/// it, then sits in another ordered latest first; an end that changed since is dropped when met.
/// </summary>
internal sealed class ClauseEnds(ArticleView view)
{
    private const int None = -1;

    /// <summary>For each attribution, by its index in the found list, its clause's end; <see cref="None"/> for reported speech, which nothing continues.</summary>
    private readonly List<int> ends = [];

    private readonly PriorityQueue<int, (int End, int Index)> ahead = new();

    /// <summary>Latest end first, and on a tie the earliest attribution.</summary>
    private readonly PriorityQueue<int, (int NegatedEnd, int Index)> passed = new();

    /// <summary>Records the attribution at the next index of the found list.</summary>
    public void Add(FoundQuote quote)
    {
        ends.Add(None);
        Set(ends.Count - 1, quote);
    }

    /// <summary>Records that the attribution at <paramref name="index"/> is now <paramref name="quote"/>.</summary>
    public void Set(int index, FoundQuote quote)
    {
        ends[index] = quote.Kind == QuoteKind.Indirect ? None : EndOf(quote);
        if (ends[index] != None)
        {
            ahead.Enqueue(index, (ends[index], index));
        }
    }

    /// <summary>
    /// The attribution whose clause ends last at or before <paramref name="offset"/>, the earliest on a
    /// tie, if it ends at or after <paramref name="notBefore"/>; -1 otherwise. Offsets must not decrease.
    /// </summary>
    public int LastEndingBy(int offset, int notBefore)
    {
        while (ahead.TryPeek(out var index, out var key) && key.End <= offset)
        {
            ahead.Dequeue();
            passed.Enqueue(index, (-key.End, index));
        }
        while (passed.TryPeek(out var index, out var key))
        {
            if (ends[index] == -key.NegatedEnd)
            {
                return -key.NegatedEnd >= notBefore ? index : -1;
            }
            passed.Dequeue();
        }
        return -1;
    }

    private int EndOf(FoundQuote quote)
    {
        var end = quote.Content[^1].End;
        if (quote.Cue is { } cue)
        {
            end = Math.Max(end, cue.End);
        }
        if (quote.HasSource && !quote.Inherited)
        {
            end = Math.Max(end, view.Span(quote.SourceTokens.End - 1).End);
        }
        return end;
    }
}
