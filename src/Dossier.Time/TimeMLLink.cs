namespace Dossier.Time;

/// <summary>A gold TLINK between an event (by its <c>eid</c>, through its MAKEINSTANCE) and a TIMEX3 (by its <c>tid</c>).</summary>
/// <param name="Relation">The TLINK's <c>relType</c>: IS_INCLUDED, DURING, BEFORE, …</param>
public sealed record TimeMLLink(string EventId, string TimexId, string Relation);
