using System.Collections.Immutable;

namespace Dossier.Events;

/// <summary>One line of a <see cref="RankedTimeline"/>.</summary>
/// <param name="Rank">Its place in time order: equal ranks are simultaneous, lower ranks earlier.</param>
/// <param name="Date">The ISO date it is anchored to ("2010-06-07", "2006-03", "1985"), or one with X for unknown parts ("XXXX-XX-XX", "2008-03-XX").</param>
/// <param name="Events">Its event mentions, <c>docid-sent-word</c>: "16844-2-unveiled".</param>
public sealed record RankedLine(int Rank, string Date, ImmutableArray<string> Events);
