namespace Dossier.Quotes.Internal;

/// <summary>
/// The attribution clause around one cue inside a sentence: where the source and cue lie and on
/// which side of them the content is. Token indices are document-wide; ranges are half-open.
/// </summary>
/// <param name="Start">First token of the clause (source or cue, whichever comes first).</param>
/// <param name="End">Token after the clause (after the cue, or after a source that follows it).</param>
/// <param name="ContentBefore">The content precedes the clause (<c>“…,” he said</c>).</param>
/// <param name="ModelCue">The cue is one only the trained model saw, not the lexicon.</param>
/// <param name="ContentAfter">Content follows the clause (<c>he said that …</c>); both are set for <c>“…,” he said, “…”</c>.</param>
internal readonly record struct Clause(
    int CueFirst,
    int CueEnd,
    int SourceFirst,
    int SourceEnd,
    int Start,
    int End,
    bool ContentBefore,
    bool ContentAfter,
    bool Inherited,
    bool ModelCue = false)
{
    public bool HasSource => SourceFirst >= 0;
}
