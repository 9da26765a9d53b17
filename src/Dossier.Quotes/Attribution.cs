using System.Collections.Immutable;

namespace Dossier.Quotes;

/// <summary>
/// One attribution relation as PolNeAR annotates it, gold or predicted: content span(s), and the
/// source and cue when present. Offsets are half-open UTF-16 offsets into the article text.
/// </summary>
/// <param name="Kind">Null for gold attributions, which PolNeAR does not type.</param>
public sealed record Attribution(ImmutableArray<TextSpan> Content, TextSpan? Source, TextSpan? Cue, QuoteKind? Kind = null)
{
    public int ContentLength
    {
        get
        {
            var length = 0;
            foreach (var span in Content)
            {
                length += span.Length;
            }
            return length;
        }
    }

    public static Attribution FromQuote(Quote quote) => new(quote.Content, quote.Source, quote.Cue, quote.Kind);
}
