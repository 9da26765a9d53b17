namespace Dossier;

/// <summary>
/// A set of spans that answers "does any of them overlap this span?" in logarithmic time: the spans
/// sorted by start, with the furthest end reached by each prefix of that order.
/// </summary>
public sealed class SpanCover
{
    private readonly int[] starts;
    private readonly int[] furthestEnds;

    public SpanCover(IEnumerable<TextSpan> spans)
    {
        var sorted = spans.OrderBy(span => span.Start).ToArray();
        starts = new int[sorted.Length];
        furthestEnds = new int[sorted.Length];
        var furthest = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            starts[i] = sorted[i].Start;
            furthest = Math.Max(furthest, sorted[i].End);
            furthestEnds[i] = furthest;
        }
    }

    /// <summary>The same answer as <see cref="TextSpan.Overlaps"/> tried against every span.</summary>
    public bool Overlaps(TextSpan span)
    {
        // The spans starting before span.End are a prefix; one of them overlaps exactly when the
        // furthest end among them passes span.Start.
        var lo = SortedSearch.PartitionPoint<int>(starts, start => start < span.End);
        return lo > 0 && furthestEnds[lo - 1] > span.Start;
    }
}
