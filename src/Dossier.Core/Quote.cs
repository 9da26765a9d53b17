using System.Collections.Immutable;

namespace Dossier;

/// <param name="Content">The quoted or reported material; more than one span when a cue interrupts it.</param>
/// <param name="Cue">The verb or phrase that introduces it (<c>said</c>, <c>according to</c>), when there is one.</param>
/// <param name="Source">The words that name the speaker, when the text gives them.</param>
public sealed record Quote(ImmutableArray<TextSpan> Content, TextSpan? Cue, TextSpan? Source, QuoteKind Kind);
