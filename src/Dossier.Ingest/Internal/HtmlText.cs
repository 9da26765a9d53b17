using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dossier.Ingest.Internal;

/// <summary>
/// Plain text from HTML, in the form the sentence splitter reads: each block (paragraph,
/// heading, list item, quote) becomes a paragraph separated by a blank line, <c>br</c> a line
/// break, and runs of white space one space. Scripts, styles and page furniture are dropped.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "figcaption", "header", "address", "hr",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "svg", "iframe", "head", "select",
    };

    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// The parsed page; null, unparsed, when its elements nest deeper than <see cref="HtmlDepth.Limit"/>
    /// (reported as <see cref="HtmlDepth.Refusal"/>). Every HTML string that Dossier reads is parsed here.
    /// </summary>
    public static IHtmlDocument? Parse(string html) => HtmlDepth.Exceeds(html) ? null : Parser.ParseDocument(html);

    /// <summary>The text of an HTML fragment or page; null when it nests too deep to parse (see <see cref="Parse"/>).</summary>
    public static string? FromHtml(string html)
    {
        using var document = Parse(html);
        return document is null ? null : FromNode(document.Body ?? (INode)document.DocumentElement);
    }

    public static string FromNode(INode node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return string.Join("\n\n", text.ToString()
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join('\n', p.Split('\n', StringSplitOptions.TrimEntries)))
            .Where(p => p.Length > 0));
    }

    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText textNode:
                AppendCollapsed(textNode.Data, text);
                return;
            case IElement element when Skipped.Contains(element.LocalName):
                return;
            case IElement { LocalName: "br" }:
                text.Append('\n');
                return;
        }
        var isBlock = node is IElement block && Blocks.Contains(block.LocalName);
        if (isBlock)
        {
            text.Append("\n\n");
        }
        foreach (var child in node.ChildNodes)
        {
            Append(child, text);
        }
        if (isBlock)
        {
            text.Append("\n\n");
        }
    }

    private static void AppendCollapsed(string data, StringBuilder text)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }
}
