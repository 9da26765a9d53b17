using System.Collections.Immutable;
using Dossier.Nlp.Internal;

namespace Dossier.Nlp;

/// <summary>
/// Splits news text into word, number, punctuation and symbol tokens with a single forward
/// cursor. Keeps together what news writes as one unit: hyphenated names and ranges
/// (<c>Suk-yeol</c>, <c>1910-1945</c>), decimals and thousands (<c>2.5</c>, <c>1,000</c>),
/// acronyms and known abbreviations with their period (<c>U.S.</c>, <c>Feb.</c>, <c>Dr.</c>),
/// initials (<c>J.</c>), URLs and e-mail addresses. Splits clitics the way treebanks do (<c>Japan</c> <c>’s</c>,
/// <c>would</c> <c>n’t</c>) and every quotation mark, bracket and dash.
/// </summary>
public sealed class Tokenizer : IPipelineStage
{
    public Layer Needs => Layer.None;

    public Layer Produces => Layer.Tokens;

    public Document Annotate(Document document) => document with { Tokens = Tokenize(document.Text) };

    public static ImmutableArray<Token> Tokenize(ReadOnlySpan<char> text)
    {
        // News averages about six characters per token including spaces and punctuation.
        var tokens = ImmutableArray.CreateBuilder<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (c is 'h' or 'H' or 'w' or 'W' && WebAddress.UrlLength(text, i) is > 0 and var url)
            {
                i += url;
                kind = TokenKind.Word;
            }
            else if (Chars.IsWordChar(c))
            {
                i = IsNegationClitic(text, i) ? i + 3 : ScanWord(text, i);
                if (i < text.Length && text[i] is '@' or '.' && WebAddress.EmailLength(text, start) is > 0 and var email)
                {
                    i = start + email;
                }
                kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
            }
            else if (Chars.IsApostrophe(c) && i > 0 && char.IsLetter(text[i - 1]) && CliticLength(text, i) is > 0 and var clitic)
            {
                i += clitic;
                kind = TokenKind.Word;
            }
            else
            {
                i = ScanPunctuation(text, i);
                kind = Chars.IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation;
            }
            tokens.Add(new Token(new TextSpan(start, i), kind));
        }
        return tokens.DrainToImmutable();
    }

    /// <summary>Returns the end of the word that starts at <paramref name="start"/>.</summary>
    private static int ScanWord(ReadOnlySpan<char> text, int start)
    {
        var j = start;
        var segmentStart = start;
        var isAcronym = false;
        while (true)
        {
            while (j < text.Length && Chars.IsWordChar(text[j]))
            {
                j++;
            }
            if (j + 1 >= text.Length || !Chars.IsWordChar(text[j + 1]))
            {
                break;
            }

            var joiner = text[j];
            var before = text[j - 1];
            var after = text[j + 1];
            var joins = joiner switch
            {
                '-' or '\u2011' => true,
                ',' => char.IsDigit(before) && IsThousandsGroup(text, j + 1),
                ':' or '/' => char.IsDigit(before) && char.IsDigit(after),
                '.' => (char.IsDigit(before) && char.IsDigit(after))
                    || (j - segmentStart == 1 && char.IsLetter(before) && char.IsLetter(after) && IsAcronymLetter(text, j + 1)),
                '&' => char.IsUpper(before) && char.IsUpper(after),
                '\'' or '\u2019' => !IsNegationClitic(text, j - 1) && CliticLength(text, j) == 0,
                _ => false,
            };
            if (!joins)
            {
                // "wouldn’t" ends the word before its "n".
                if (Chars.IsApostrophe(joiner) && IsNegationClitic(text, j - 1) && j - 1 > start)
                {
                    return j - 1;
                }
                break;
            }
            isAcronym |= joiner == '.' && char.IsLetter(before);
            j++;
            segmentStart = j;
        }

        if (j < text.Length && text[j] == '.' && TakesPeriod(text[start..j], isAcronym))
        {
            j++;
        }
        return j;
    }

    /// <summary>A single letter followed by a period: the next piece of "U.S." or "a.m.".</summary>
    private static bool IsAcronymLetter(ReadOnlySpan<char> text, int index) =>
        index + 1 < text.Length && text[index + 1] == '.' ||
        index + 1 == text.Length;

    /// <summary>Exactly three digits after a comma, then no further digit: "1,000" but not "1,50".</summary>
    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int index) =>
        index + 3 <= text.Length
        && char.IsDigit(text[index]) && char.IsDigit(text[index + 1]) && char.IsDigit(text[index + 2])
        && (index + 3 == text.Length || !char.IsDigit(text[index + 3]));

    private static bool TakesPeriod(ReadOnlySpan<char> word, bool isAcronym) =>
        isAcronym
        || (word.Length == 1 && char.IsUpper(word[0]))
        || Abbreviations.Contains(word);

    /// <summary>"n’t" or "n't" at <paramref name="index"/>, followed by a non-letter.</summary>
    private static bool IsNegationClitic(ReadOnlySpan<char> text, int index) =>
        index + 2 < text.Length
        && index >= 1 && char.IsLetter(text[index - 1])
        && (text[index] is 'n' or 'N')
        && Chars.IsApostrophe(text[index + 1])
        && (text[index + 2] is 't' or 'T')
        && (index + 3 == text.Length || !char.IsLetter(text[index + 3]));

    /// <summary>
    /// Length of a clitic that starts with the apostrophe at <paramref name="index"/>
    /// ('s 'd 'm 'll 're 've), or 0 when the apostrophe belongs inside a name such as O'Brien.
    /// </summary>
    private static int CliticLength(ReadOnlySpan<char> text, int index)
    {
        var rest = text[(index + 1)..];
        var letters = 0;
        while (letters < rest.Length && letters < 3 && char.IsLetter(rest[letters]))
        {
            letters++;
        }
        if (letters == 0 || (letters < rest.Length && char.IsLetter(rest[letters])))
        {
            return 0;
        }
        var clitic = rest[..letters];
        var isClitic = letters switch
        {
            1 => clitic[0] is 's' or 'S' or 'd' or 'D' or 'm' or 'M',
            2 => clitic.Equals("ll", StringComparison.OrdinalIgnoreCase)
                || clitic.Equals("re", StringComparison.OrdinalIgnoreCase)
                || clitic.Equals("ve", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        return isClitic ? letters + 1 : 0;
    }

    /// <summary>One punctuation or symbol character, or a run of them that reads as one: "--", "...", "?!".</summary>
    private static int ScanPunctuation(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        var j = start + 1;
        if (char.IsHighSurrogate(c) && j < text.Length && char.IsLowSurrogate(text[j]))
        {
            return j + 1;
        }
        if (c is '-' or '.' or '?' or '!')
        {
            while (j < text.Length && (text[j] == c || (c is '?' or '!' && text[j] is '?' or '!')))
            {
                j++;
            }
        }
        return j;
    }
}
