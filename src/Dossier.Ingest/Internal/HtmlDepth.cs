namespace Dossier.Ingest.Internal;

/// <summary>
/// How deep a page's elements nest, read from its tags in one pass, before any parsing. HTML tree
/// building costs about the square of the depth (each start tag looks down the stack of open
/// elements), so a page of 100,000 nested <c>div</c>s takes minutes to parse; real pages nest a few
/// dozen deep. The count keeps a stack of the open elements and errs on the deep side wherever it does
/// not follow the parser: an end tag closes its element only when no scope element (or, for a name
/// that is not special, no special element) is above it; a <c>/&gt;</c> closes only an SVG or MathML
/// element; text-only content is skipped only where the element is surely HTML; and formatting
/// elements closed by an enclosing end tag stay counted, as the parser reopens them. Elements the
/// parser closes when the next one starts (<c>p</c>, <c>li</c>, <c>td</c>…) are not counted.
/// </summary>
internal static class HtmlDepth
{
    /// <summary>Deeper than this a page is refused: far past the few dozen levels real pages nest, and still parsed in a fraction of a second.</summary>
    public const int Limit = 1_000;

    /// <summary>The reason a page or feed entry nested deeper than <see cref="Limit"/> is not read.</summary>
    public const string Refusal = "nests its elements more than 1,000 deep, which no real page does; parsing it would take minutes, so it is not read";

    /// <summary>Whether the elements nest deeper than <paramref name="limit"/> somewhere in the page.</summary>
    public static bool Exceeds(string html, int limit = Limit)
    {
        var stack = new OpenElements();
        var i = 0;
        while (i < html.Length && (i = html.IndexOf('<', i)) >= 0)
        {
            var rest = html.AsSpan(i + 1);
            if (rest.StartsWith("!--"))
            {
                i = HtmlTokens.EndOfComment(html, i);
                continue;
            }
            var closing = rest.StartsWith("/");
            var nameStart = i + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // A comment-like <!…>, <?…>, or a bare "<" in text.
                i = rest.Length > 0 && rest[0] is '!' or '?' ? After(html, '>', i + 1) : i + 1;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                nameEnd++;
            }
            var name = stack.Name(html.AsSpan(nameStart, nameEnd - nameStart));
            (i, var selfClosed) = HtmlTokens.EndOfTag(html, nameEnd);
            if (closing)
            {
                stack.Close(name);
                continue;
            }
            switch (stack.Open(name, selfClosed))
            {
                case Opened.RawText:
                    var end = html.IndexOf(string.Concat("</", name), i, StringComparison.OrdinalIgnoreCase);
                    i = end < 0 ? html.Length : end;
                    break;
                case Opened.Element when stack.Depth > limit:
                    return true;
            }
        }
        return false;
    }

    private static int After(string html, char marker, int from)
    {
        var at = html.IndexOf(marker, from);
        return at < 0 ? html.Length : at + 1;
    }
}
