namespace Dossier;

/// <summary>
/// Binary search over items in text order, for stages that look up "the spans near this one" per
/// cue, trigger or source instead of scanning the whole article each time (which makes a long
/// article cost the square of its length).
/// </summary>
public static class SortedSearch
{
    /// <summary>
    /// The index of the first item for which <paramref name="isBefore"/> is false, given that it is
    /// true for a prefix of <paramref name="items"/> and false for the rest; the length when it is
    /// true for all.
    /// </summary>
    public static int PartitionPoint<T>(ReadOnlySpan<T> items, Func<T, bool> isBefore)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (isBefore(items[mid]))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
