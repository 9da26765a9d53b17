using Dossier.Events.Internal;

namespace Dossier.Events;

/// <summary>
/// Temporal awareness (UzZaman and Allen 2011), as SemEval-2015 Task 4 applied it to timelines. Each
/// timeline becomes a graph of relations: events of one rank are SIMULTANEOUS, each rank is BEFORE
/// the next, and an event with a date is tied to that date. Precision is the share of the system's
/// reduced relations that the gold closure holds, recall the share of the gold's reduced relations
/// that the system closure holds. See <see cref="TimelineGraph"/> for the graph and its reduction.
/// </summary>
public static class TemporalAwareness
{
    /// <summary>One timeline's counts; a missing system timeline is passed as an empty one.</summary>
    public static AwarenessScore Score(RankedTimeline gold, RankedTimeline system)
    {
        var goldGraph = new TimelineGraph(gold);
        var systemGraph = new TimelineGraph(system);
        var systemReduced = systemGraph.Reduction();
        var goldReduced = goldGraph.Reduction();
        return new AwarenessScore(
            systemReduced.Count(goldGraph.Holds),
            systemReduced.Count,
            goldReduced.Count(systemGraph.Holds),
            goldReduced.Count);
    }
}
