namespace Dossier.Time;

/// <summary>A gold TimeML EVENT: its <c>eid</c>, its extent in the <c>TEXT</c> element's text, and its TimeML class.</summary>
/// <param name="Class">OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL or PERCEPTION.</param>
public sealed record TimeMLEvent(string Id, TextSpan Span, string Class);
