using System.Collections.Frozen;

namespace Dossier.Engine.Internal;

/// <summary>
/// Whether a date bounds an event rather than places it: "since August 2002", "by 2010", "until
/// March", "from April 2004 on". Such a date says when something began or must end, or what a figure
/// is compared with ("its highest level since October 2004"), not when the event of its sentence
/// happened; on BBC News, most of the class-other entries tied to one were misplaced.
/// </summary>
internal static class DateBounds
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        ["since", "until", "till", "by", "from", "through", "than"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word right before the time expression is one of the bounding words.</summary>
    public static bool Bounds(Document document, TimeExpression time)
    {
        var text = document.Text.AsSpan(0, time.Span.Start).TrimEnd();
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start < text.Length && Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[start..]);
    }
}
