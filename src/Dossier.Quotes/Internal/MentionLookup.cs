namespace Dossier.Quotes.Internal;

/// <summary>
/// The document's entity mentions sorted by start, with the furthest end of each prefix, so "the first
/// mention in the document's list that overlaps this span" reads only the mentions near the span
/// instead of every mention of the article (once per name, that cost the square of its length).
/// </summary>
internal sealed class MentionLookup
{
    private readonly EntityMention[] mentions;
    private readonly int[] byStart;
    private readonly int[] furthestEnds;

    public MentionLookup(Document document)
    {
        mentions = [.. document.Mentions];
        byStart = [.. Enumerable.Range(0, mentions.Length).OrderBy(m => mentions[m].Span.Start)];
        furthestEnds = new int[byStart.Length];
        var furthest = int.MinValue;
        for (var i = 0; i < byStart.Length; i++)
        {
            furthest = Math.Max(furthest, mentions[byStart[i]].Span.End);
            furthestEnds[i] = furthest;
        }
    }

    /// <summary>The type of the earliest-listed mention overlapping <paramref name="span"/>, or null: what a scan of the list in order finds.</summary>
    public EntityType? FirstOverlapping(TextSpan span)
    {
        var first = -1;
        // Mentions starting at or after span.End cannot overlap it; walking back, once no earlier mention
        // reaches past span.Start, none further back can.
        for (var i = SortedSearch.PartitionPoint<int>(byStart, m => mentions[m].Span.Start < span.End) - 1; i >= 0 && furthestEnds[i] > span.Start; i--)
        {
            var m = byStart[i];
            if (mentions[m].Span.Overlaps(span) && (first < 0 || m < first))
            {
                first = m;
            }
        }
        return first < 0 ? null : mentions[first].Type;
    }
}
