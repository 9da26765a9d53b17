namespace Dossier.Nlp.Internal;

internal static class Chars
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Letters, digits and combining marks: the characters a word is made of.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c > '\u00FF' && char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);

    public static bool IsOpeningQuoteOrBracket(char c) => c is '"' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB' or '\'';

    public static bool IsClosingQuoteOrBracket(char c) => c is '"' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB' or '\'';

    /// <summary>True for the characters the tokenizer labels <see cref="TokenKind.Symbol"/>.</summary>
    public static bool IsSymbol(char c) =>
        c is '%' or '&' or '#' or '@' or '*' or '/' or '\\' or '\u2030' ||
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.CurrencySymbol
            or System.Globalization.UnicodeCategory.MathSymbol
            or System.Globalization.UnicodeCategory.ModifierSymbol
            or System.Globalization.UnicodeCategory.OtherSymbol
            or System.Globalization.UnicodeCategory.Surrogate;
}
