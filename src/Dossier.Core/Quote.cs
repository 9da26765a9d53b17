using System.Collections.Immutable;

namespace Dossier;

/// <summary>One attribution: who said (or wrote, reported, believes) what, and the words that tie them.</summary>
/// <param name="Content">The quoted or reported material; more than one span when a cue interrupts it
/// (<c>“…,” he said, “…”</c>). Direct quotes include their quotation marks.</param>
/// <param name="Cue">The verb or phrase that introduces it (<c>said</c>, <c>according to</c>), when there is one.</param>
/// <param name="Source">The words that name the speaker here (<c>he</c>, <c>Kan Kimura, a professor …</c>), when the text gives them.</param>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Speaker">Index into <see cref="Document.Actors"/> of the actor the source refers to; null when unknown.</param>
public sealed record Quote(
    ImmutableArray<TextSpan> Content,
    TextSpan? Cue,
    TextSpan? Source,
    QuoteKind Kind,
    int? Speaker = null)
{
    /// <summary>From the start of the first content span to the end of the last.</summary>
    public TextSpan Extent => new(Content[0].Start, Content[^1].End);
}
