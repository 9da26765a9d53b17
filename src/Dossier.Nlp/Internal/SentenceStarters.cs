using System.Collections.Frozen;

namespace Dossier.Nlp.Internal;

/// <summary>
/// Capitalised words that begin sentences far more often than they follow an abbreviation
/// inside one. After "U.S." or an initial, only these (or an opening quote) start a new sentence,
/// so "the U.S. Navy" stays whole while "… in the U.S. The next day …" splits.
/// </summary>
internal static class SentenceStarters
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = new[]
    {
        "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "His", "Her", "They",
        "Their", "We", "Our", "I", "You", "There", "But", "And", "Yet", "So", "Or", "In", "On", "At", "For",
        "From", "With", "By", "After", "Before", "During", "Since", "While", "When", "Where", "Why", "How",
        "What", "Who", "If", "As", "Although", "Though", "However", "Meanwhile", "Still", "Instead", "Also",
        "Some", "Many", "Most", "Few", "All", "Both", "Each", "No", "Not", "Now", "Then", "Today", "Yesterday",
        "Last", "Next", "Earlier", "Later", "One", "Two", "Three", "Such", "Other", "Another", "Officials",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
