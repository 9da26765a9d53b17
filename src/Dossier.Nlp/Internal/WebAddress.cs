namespace Dossier.Nlp.Internal;

/// <summary>
/// URLs (<c>https://…</c>, <c>www.…</c>) and e-mail addresses, which the tokenizer keeps whole.
/// Trailing sentence punctuation and closing brackets stay outside: "see www.mofa.go.jp." ends
/// with a period token.
/// </summary>
internal static class WebAddress
{
    /// <summary>The length of the URL (<c>http://</c>, <c>https://</c>, <c>www.</c>) starting at <paramref name="start"/>, or 0.</summary>
    public static int UrlLength(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        var isUrl = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
        return isUrl ? WithoutTrailingPunctuation(rest[..RunLength(rest)]) : 0;
    }

    /// <summary>The length of the e-mail address starting at <paramref name="start"/>, or 0.</summary>
    public static int EmailLength(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        var run = rest[..RunLength(rest)];
        return IsEmail(run) ? WithoutTrailingPunctuation(run) : 0;
    }

    private static int RunLength(ReadOnlySpan<char> rest)
    {
        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && !IsQuote(rest[end]))
        {
            end++;
        }
        return end;
    }

    private static int WithoutTrailingPunctuation(ReadOnlySpan<char> run)
    {
        var end = run.Length;
        while (end > 0 && run[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'')
        {
            end--;
        }
        return end;
    }

    /// <summary>local@domain.tld: letters, digits and ._%+- before the @, a dotted domain after it.</summary>
    private static bool IsEmail(ReadOnlySpan<char> word)
    {
        var at = word.IndexOf('@');
        if (at <= 0 || at != word.LastIndexOf('@'))
        {
            return false;
        }
        var domain = word[(at + 1)..].TrimEnd(".,;:!?)]");
        var dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot == domain.Length - 1)
        {
            return false;
        }
        foreach (var c in word[..at])
        {
            if (!char.IsLetterOrDigit(c) && c is not ('.' or '_' or '%' or '+' or '-'))
            {
                return false;
            }
        }
        foreach (var c in domain)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('.' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '<' or '>';
}
