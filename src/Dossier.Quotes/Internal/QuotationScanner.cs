using System.Buffers;
using System.Collections.Immutable;

namespace Dossier.Quotes.Internal;

/// <summary>
/// Pairs double quotation marks, straight and curly, paragraph by paragraph. A paragraph that opens
/// a quote and does not close it continues into the next paragraph when that one opens with a mark
/// (the news convention for long quotes); otherwise the quote ends with its paragraph. Single marks
/// are left alone: inside a double quote they are nested quotes, elsewhere mostly apostrophes.
/// </summary>
internal static class QuotationScanner
{
    private static readonly SearchValues<char> Marks = SearchValues.Create("\"“”„«»'");

    public static ImmutableArray<QuotedRegion> Scan(string text, ImmutableArray<Paragraph> paragraphs)
    {
        var regions = ImmutableArray.CreateBuilder<QuotedRegion>();
        var pending = new List<TextSpan>();
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p].Span;
            var open = -1;
            var position = paragraph.Start;
            if (pending.Count > 0)
            {
                // A continued quote reopens with the mark that starts this paragraph.
                open = paragraph.Start;
                position++;
            }
            while (position < paragraph.End)
            {
                var next = text.AsSpan(position, paragraph.End - position).IndexOfAny(Marks);
                if (next < 0)
                {
                    break;
                }
                var at = position + next;
                var mark = text[at];
                var width = 1;
                if (mark == '\'')
                {
                    if (at + 1 >= paragraph.End || text[at + 1] != '\'')
                    {
                        position = at + 1;
                        continue;
                    }
                    mark = '"';
                    width = 2;
                }
                var closes = open >= 0 && (mark is '"' or '”' or '»' || (mark == '“' && IsClosingStraightUse(text, at, paragraph)));
                if (closes)
                {
                    pending.Add(new TextSpan(open, at + width));
                    regions.Add(new QuotedRegion([.. pending]));
                    pending.Clear();
                    open = -1;
                }
                else if (open < 0 && mark is '"' or '“' or '„' or '«')
                {
                    open = at;
                }
                position = at + width;
            }
            if (open >= 0)
            {
                pending.Add(new TextSpan(open, paragraph.End));
                var continues = p + 1 < paragraphs.Length && text[paragraphs[p + 1].Span.Start] is '"' or '“' or '\'';
                if (!continues)
                {
                    regions.Add(new QuotedRegion([.. pending]));
                    pending.Clear();
                }
            }
        }
        if (pending.Count > 0)
        {
            regions.Add(new QuotedRegion([.. pending]));
        }
        return regions.ToImmutable();
    }

    /// <summary>An opening curly mark typed where a closing one belongs: followed by space or the paragraph end.</summary>
    private static bool IsClosingStraightUse(string text, int at, TextSpan paragraph) =>
        at + 1 >= paragraph.End || char.IsWhiteSpace(text[at + 1]);
}
