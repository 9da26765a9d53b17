using System.Collections.Immutable;

namespace Dossier.Quotes.Internal;

/// <summary>An attribution found by the rules, before its speaker is resolved.</summary>
/// <param name="SourceTokens">Token range <c>[First, End)</c> of the source, or (-1, -1) when none.</param>
/// <param name="Inherited">The source is borrowed from an earlier clause (<c>…, adding …</c>), not written here.</param>
internal sealed record FoundQuote(
    ImmutableArray<TextSpan> Content,
    TextSpan? Cue,
    (int First, int End) SourceTokens,
    QuoteKind Kind,
    bool Inherited = false)
{
    public bool HasSource => SourceTokens.First >= 0;
}
