using System.Collections.Immutable;

namespace Dossier.Quotes.Internal;

/// <summary>An attribution found by the rules, before its speaker is resolved.</summary>
/// <param name="SourceTokens">Token range <c>[First, End)</c> of the source, or (-1, -1) when none.</param>
/// <param name="Inherited">The source is borrowed from an earlier clause (<c>…, adding …</c>), not written here.</param>
/// <param name="Holderless">A stance the text gives no holder (<c>is expected to</c>): no speaker is guessed for it.</param>
/// <param name="By">Which rule found it; the attribution filter weighs the rules differently.</param>
internal sealed record FoundQuote(
    ImmutableArray<TextSpan> Content,
    TextSpan? Cue,
    (int First, int End) SourceTokens,
    QuoteKind Kind,
    bool Inherited = false,
    bool Holderless = false,
    FoundBy By = FoundBy.Clause)
{
    public bool HasSource => SourceTokens.First >= 0;
}

/// <summary>The rule that proposed an attribution.</summary>
internal enum FoundBy
{
    /// <summary>A cue with a clause pattern around it.</summary>
    Clause,

    /// <summary>A cue only the trained model saw, not the lexicon.</summary>
    ModelCue,

    /// <summary>A quotation no cue claimed.</summary>
    Unclaimed,

    /// <summary>A stance without a holder, or an unattributed question.</summary>
    Holderless,

    /// <summary>A cue no clause pattern could read, its source and content labelled by the span tagger.</summary>
    Tagger,
}
