namespace Dossier.Ingest.Internal;

/// <summary>
/// How deep a page's elements nest, read from its tags in one pass, before any parsing. HTML tree
/// building costs about the square of the depth (each start tag looks down the stack of open
/// elements), so a page of 100,000 nested <c>div</c>s takes minutes to parse; real pages nest a few
/// dozen deep. The count errs on the deep side, never far on the shallow side: every start tag
/// counts until an end tag of its name, except void elements, a self-closed tag inside SVG or
/// MathML, and the elements the parser closes on its own when the next one starts (<c>p</c>,
/// <c>li</c>, <c>td</c>…), which cannot nest in themselves.
/// </summary>
internal static class HtmlDepth
{
    /// <summary>Deeper than this a page is refused: far past the few dozen levels real pages nest, and still parsed in a fraction of a second.</summary>
    public const int Limit = 1_000;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> ClosedByNext = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    /// <summary>Elements whose content is text, not tags: it is skipped to their end tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>Whether the elements nest deeper than <paramref name="limit"/> somewhere in the page.</summary>
    public static bool Exceeds(string html, int limit = Limit)
    {
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var openByName = open.GetAlternateLookup<ReadOnlySpan<char>>();
        var depth = 0;
        var foreign = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var rest = html.AsSpan(i + 1);
            if (rest.StartsWith("!--"))
            {
                i = After(html, "-->", i + 4);
                continue;
            }
            var closing = rest.StartsWith("/");
            var nameStart = i + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // A comment-like <!…>, <?…>, or a bare "<" in text.
                i = rest.Length > 0 && rest[0] is '!' or '?' ? After(html, ">", i + 1) : i + 1;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                nameEnd++;
            }
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = EndOfTag(html, nameEnd);
            i = tagEnd + 1;
            if (closing)
            {
                if (openByName.TryGetValue(name, out var count) && count > 0)
                {
                    openByName[name] = count - 1;
                    depth--;
                    foreign -= IsForeignRoot(name) ? 1 : 0;
                }
                continue;
            }
            var selfClosed = tagEnd < html.Length && html[tagEnd - 1] == '/';
            if (Void.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) || (selfClosed && foreign > 0)
                || ClosedByNext.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                continue;
            }
            if (RawText.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                var end = html.IndexOf(string.Concat("</", name), i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            openByName[name] = openByName.TryGetValue(name, out var opened) ? opened + 1 : 1;
            foreign += IsForeignRoot(name) ? 1 : 0;
            if (++depth > limit)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsForeignRoot(ReadOnlySpan<char> name) =>
        name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The index of the tag's closing <c>&gt;</c>, past quoted attribute values (a quote opens one only
    /// after <c>=</c>, as in the HTML tokenizer); the text's length when there is none.
    /// </summary>
    private static int EndOfTag(string html, int from)
    {
        var quote = '\0';
        var afterEquals = false;
        for (var k = from; k < html.Length; k++)
        {
            var c = html[k];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c == '>')
            {
                return k;
            }
            else if (c is '"' or '\'' && afterEquals)
            {
                quote = c;
            }
            if (!char.IsWhiteSpace(c))
            {
                afterEquals = quote == '\0' && c == '=';
            }
        }
        return html.Length;
    }

    private static int After(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
