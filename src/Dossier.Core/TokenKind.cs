namespace Dossier;

public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, hyphens, apostrophes or abbreviation periods: <c>Suk-yeol</c>, <c>U.S.</c>, <c>n’t</c>.</summary>
    Word,

    /// <summary>Starts with a digit: <c>2.5</c>, <c>1,000</c>, <c>1910-1945</c>, <c>23rd</c>.</summary>
    Number,

    /// <summary>Sentence and clause punctuation, quotation marks, brackets and dashes.</summary>
    Punctuation,

    /// <summary>Currency, percent and other symbols: <c>$</c>, <c>%</c>, <c>&amp;</c>.</summary>
    Symbol,
}
