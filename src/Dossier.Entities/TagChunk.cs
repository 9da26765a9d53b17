namespace Dossier.Entities;

/// <summary>One entity decoded from a tag sequence.</summary>
/// <param name="Start">Index of its first token.</param>
/// <param name="End">Index one past its last token.</param>
/// <param name="Type">The tag's type suffix: <c>PER</c>, <c>ORG</c>, <c>LOC</c>, <c>MISC</c>, …</param>
public readonly record struct TagChunk(int Start, int End, string Type);
