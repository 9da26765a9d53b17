namespace Dossier.Engine;

/// <summary>One place where a document's text holds the searched words.</summary>
/// <param name="Span">The matched text.</param>
/// <param name="Sentence">The sentence around the match (the match's own span when no sentence holds its start).</param>
public sealed record SearchHit(long DocumentId, TextSpan Span, TextSpan Sentence);
