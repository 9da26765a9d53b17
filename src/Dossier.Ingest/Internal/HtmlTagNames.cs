namespace Dossier.Ingest.Internal;

/// <summary>The element categories of the HTML tree-building rules that decide how deep a page nests.</summary>
internal static class HtmlTagNames
{
    public static readonly HashSet<string> VoidElements = Set(
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr");

    /// <summary>Closed by the parser when the next one starts, so they cannot nest in themselves.</summary>
    public static readonly HashSet<string> ClosedByNext = Set(
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "caption", "rb", "rt", "rtc", "rp", "html", "head", "body");

    /// <summary>HTML elements whose content is text, not tags (inside SVG or MathML they hold tags).</summary>
    public static readonly HashSet<string> RawText = Set(
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");

    /// <summary>Start tags that leave SVG or MathML content: they are HTML elements, and their <c>/&gt;</c> is ignored.</summary>
    public static readonly HashSet<string> Breakout = Set(
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr",
        "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var");

    /// <summary>SVG and MathML elements whose content may be HTML again.</summary>
    public static readonly HashSet<string> IntegrationPoints = Set(
        "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml");

    /// <summary>An end tag does not reach past these to close an element below them.</summary>
    public static readonly HashSet<string> ScopeMarkers = Set(
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
        "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml");

    /// <summary>The parser's "special" elements: an end tag of any other name is ignored when one is above its element.</summary>
    public static readonly HashSet<string> Special = Set(
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
        "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link",
        "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol",
        "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary",
        "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul",
        "wbr", "xmp", "foreignobject", "desc", "mi", "mo", "mn", "ms", "mtext", "annotation-xml");

    /// <summary>Formatting elements: the parser reopens them after an end tag of an enclosing element closed them.</summary>
    public static readonly HashSet<string> Formatting = Set(
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    public static readonly string[] Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    public static bool IsForeignRoot(string name) => name is "svg" or "math";

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
