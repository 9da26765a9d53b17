namespace Dossier.Events.Internal;

/// <summary>One relation of a timeline's graph: <paramref name="From"/> is BEFORE, SIMULTANEOUS with, or INCLUDED in <paramref name="To"/> (a date node).</summary>
internal readonly record struct TimelineRelation(RelationKind Kind, string From, string To);

internal enum RelationKind
{
    Before,
    Simultaneous,
    Included,
}
