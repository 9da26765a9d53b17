namespace Dossier.Engine;

/// <summary>An entry of one actor's timeline (<see cref="ActorTimeline"/>) and why it is there.</summary>
public sealed record ActorEntry(TimelineEntry Entry, ActorPart Part);
