namespace Dossier.Entities;

/// <param name="Line">The line exactly as read, so predictions can be written next to it.</param>
/// <param name="Text">The first column.</param>
/// <param name="Tag">The last column: an IOB1 or IOB2 tag such as <c>I-PER</c>, <c>B-LOC</c> or <c>O</c>.</param>
public sealed record ConllToken(string Line, string Text, string Tag);
