using Dossier.Events;

namespace Dossier.Engine;

/// <summary>One gold timeline, the timeline a system predicted for its target entity, and its temporal awareness counts.</summary>
public sealed record TimelineRun(RankedTimeline Gold, RankedTimeline Predicted, AwarenessScore Score);
