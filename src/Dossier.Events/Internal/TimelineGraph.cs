namespace Dossier.Events.Internal;

/// <summary>
/// The relations a <see cref="RankedTimeline"/> states, their closure and one reduction of them.
/// Each event mention is a node (compared ignoring case); events of one rank are SIMULTANEOUS and
/// every rank is BEFORE every later one, rank 0 included, as the task's format places it first.
/// An event with a date is INCLUDED in that date (a node of its own, the date with its unknown
/// parts cut: "2008-03-XX" is "2008-03"; "XXXX-XX-XX" is no date), and so is every event
/// simultaneous with it. Dates are not ordered among themselves.
/// </summary>
/// <remarks>
/// Ties to a date are INCLUDED rather than the task's SIMULTANEOUS: two events of one date on two
/// ranks ("fired", then "founded", both in 1985) would otherwise be both simultaneous and ordered.
/// The reduction keeps, per rank, a chain of its events in file order; one BEFORE from the first
/// event of each rank to the first of the next; and one INCLUDED from the first event of a rank to
/// each of its dates. Its closure is the closure above.
/// </remarks>
internal sealed class TimelineGraph
{
    private readonly Dictionary<string, int> _rankOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedDictionary<int, List<string>> _ranks = [];
    private readonly Dictionary<int, List<string>> _dates = [];

    public TimelineGraph(RankedTimeline timeline)
    {
        foreach (var line in timeline.Lines)
        {
            foreach (var mention in line.Events)
            {
                // A mention listed twice keeps its first place.
                if (!_rankOf.TryAdd(mention, line.Rank))
                {
                    continue;
                }
                Add(_ranks, line.Rank, mention);
                if (DateNode(line.Date) is { } date && !(_dates.TryGetValue(line.Rank, out var known) && known.Contains(date)))
                {
                    Add(_dates, line.Rank, date);
                }
            }
        }
    }

    /// <summary>"@2008-03" for "2008-03-XX"; null when the year is unknown.</summary>
    public static string? DateNode(string date)
    {
        var known = date.Split('-').TakeWhile(part => part.Length > 0 && !part.Contains('X', StringComparison.OrdinalIgnoreCase)).ToList();
        return known.Count == 0 ? null : "@" + string.Join('-', known);
    }

    public bool Holds(TimelineRelation relation) => relation.Kind switch
    {
        RelationKind.Before => _rankOf.TryGetValue(relation.From, out var from) && _rankOf.TryGetValue(relation.To, out var to) && from < to,
        RelationKind.Simultaneous => _rankOf.TryGetValue(relation.From, out var a) && _rankOf.TryGetValue(relation.To, out var b) && a == b,
        _ => _rankOf.TryGetValue(relation.From, out var rank) && _dates.TryGetValue(rank, out var dates) && dates.Contains(relation.To),
    };

    public List<TimelineRelation> Reduction()
    {
        var relations = new List<TimelineRelation>();
        string? previous = null;
        foreach (var (rank, events) in _ranks)
        {
            for (var i = 1; i < events.Count; i++)
            {
                relations.Add(new TimelineRelation(RelationKind.Simultaneous, events[i - 1], events[i]));
            }
            if (previous is not null)
            {
                relations.Add(new TimelineRelation(RelationKind.Before, previous, events[0]));
            }
            foreach (var date in _dates.GetValueOrDefault(rank) ?? [])
            {
                relations.Add(new TimelineRelation(RelationKind.Included, events[0], date));
            }
            previous = events[0];
        }
        return relations;
    }

    private static void Add<TKey>(IDictionary<TKey, List<string>> lists, TKey key, string value)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }
        list.Add(value);
    }
}
