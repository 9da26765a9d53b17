using System.Collections.Immutable;

namespace Dossier.Quotes;

/// <param name="Name">The text file's name without <c>.txt</c>.</param>
/// <param name="Text">The article exactly as stored; every attribution indexes into it.</param>
/// <param name="Annotator">The annotator whose file was read, when the corpus names one.</param>
public sealed record AttributionDocument(string Name, string Text, ImmutableArray<Attribution> Attributions, string? Annotator = null);
