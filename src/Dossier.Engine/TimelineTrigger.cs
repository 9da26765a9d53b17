namespace Dossier.Engine;

/// <summary>One of the words naming the events a timeline entry gathers from its sentence.</summary>
/// <param name="Span">The trigger word's span in its article.</param>
/// <param name="Text">The word as written: "met", "talks".</param>
public sealed record TimelineTrigger(TextSpan Span, string Text, EventClass Class);
