using System.Collections.Immutable;

namespace Dossier.Quotes.Internal;

/// <summary>Text between matching double quotation marks, marks included; one segment per paragraph it runs through.</summary>
internal sealed record QuotedRegion(ImmutableArray<TextSpan> Segments)
{
    public int Start => Segments[0].Start;

    public int End => Segments[^1].End;

    public bool Contains(int offset)
    {
        foreach (var segment in Segments)
        {
            if (segment.Contains(offset))
            {
                return true;
            }
        }
        return false;
    }
}
