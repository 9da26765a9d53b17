namespace Dossier.Entities.Internal;

/// <summary>
/// A possessive <c>'s</c> or <c>’s</c> glued to a name. CoNLL text and the product tokenizer split
/// it off, but not every input does, and it is never part of the name.
/// </summary>
internal static class Possessive
{
    /// <summary>The length of <paramref name="word"/> without a trailing possessive; the whole length when there is none.</summary>
    public static int CoreLength(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] is 's' or 'S' && Hashing.Fold(word[^2]) == '\'' && char.IsLetter(word[^3]))
        {
            return word.Length - 2;
        }
        return word.Length;
    }
}
