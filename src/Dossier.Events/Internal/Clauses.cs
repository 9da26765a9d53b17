using System.Collections.Frozen;

namespace Dossier.Events.Internal;

/// <summary>
/// Where clauses meet, in the crude sense the event rules need: a semicolon, colon, dash or
/// quotation mark, or a word that opens a subordinate or relative clause ("that", "which",
/// "while", "after", …). No parser: good enough to keep "rose Wednesday … as Aso met Yoon"
/// apart from the clause after it.
/// </summary>
internal sealed class Clauses(ArticleWords words)
{
    private static readonly FrozenSet<string> Marks = FrozenSet.ToFrozenSet(
        [";", ":", "\u2014", "\u2013", "--", "-", "\"", "\u201C", "\u201D", "''", "``", "(", ")"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
        ["that", "which", "who", "whom", "whose", "while", "whereas", "as", "after", "before", "when", "because", "although", "though", "if", "unless", "since", "until", "but", "despite", "according"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Relatives = FrozenSet.ToFrozenSet(["which", "who", "that"], StringComparer.Ordinal);

    public bool IsBoundary(int token) => Marks.Contains(words.Lower[token]) || Openers.Contains(words.Lower[token]);

    /// <summary>"which", "who" or "that" right after a comma: a relative clause whose subject is the name before the comma.</summary>
    public bool IsRelative(int token, int first) =>
        Relatives.Contains(words.Lower[token]) && token > first && words.Lower[token - 1] == ",";

    /// <summary>
    /// Whether a boundary lies strictly between the two tokens, not counting relative pronouns: a
    /// relative clause tells of the noun before it ("a summit that begins Friday").
    /// </summary>
    public bool Crossed(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (IsBoundary(k) && !Relatives.Contains(words.Lower[k]))
            {
                return true;
            }
        }
        return false;
    }
}
