using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Ingest.Internal;
using Dossier.Testing;

namespace Dossier.Ingest.Tests;

/// <summary>
/// HTML tree building costs the square of the nesting depth, so a page nested far deeper than any
/// real one is refused before it is parsed; pages as real sites write them are read.
/// </summary>
public sealed class DeepHtmlTests : IDisposable
{
    private const string Sentence = "<p>Yoon met Kishida in Hiroshima on Sunday, the final day of the three-day summit, officials said.</p>";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Nested(string open, string close, int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat(open, depth)) + Sentence + string.Concat(Enumerable.Repeat(close, depth)) + "</body></html>";

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<span class='x'>", "</span>")]
    [InlineData("<div/>", "")]
    [InlineData("<b><i>", "")]
    [InlineData("<custom-element>", "")]
    public void Refuses_a_page_nested_deeper_than_the_limit_saying_why(string open, string close)
    {
        var path = _folder.File("deep.html", Nested(open, close, HtmlDepth.Limit + 1));

        var item = new ArticleReader().ReadFile(path).Single();

        Assert.False(item.Succeeded);
        Assert.Equal("nests its elements more than 1,000 deep, which no real page does; parsing it would take minutes, so it is not read", item.Error);
    }

    [Fact]
    public void Reads_a_page_nested_as_deep_as_the_limit()
    {
        var path = _folder.File("deep.html", Nested("<div>", "</div>", HtmlDepth.Limit - 2));

        var item = new ArticleReader().ReadFile(path).Single();

        Assert.True(item.Succeeded, item.Error);
        Assert.Contains("Yoon met Kishida in Hiroshima", item.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_what_real_pages_leave_open_or_close_by_themselves_as_no_depth()
    {
        // Thousands of unclosed paragraphs, list items and cells, void elements, self-closed SVG
        // shapes, tags inside scripts and comments, and a ">" inside a quoted attribute.
        var furniture = string.Concat(Enumerable.Repeat(
            "<p>Item <li>one <td>cell <br> <img src='a.png' alt='x > y'> <input> <hr>"
            + "<svg><path d='M0 0'/><circle r='1'/></svg>"
            + "<script>document.write('<div><div><div>')</script><!-- <div><div> --><style>div{}</style>", 3_000));
        var path = _folder.File("sloppy.html", "<html><body>" + furniture + Sentence + "</body></html>");

        var item = new ArticleReader().ReadFile(path).Single();

        Assert.True(item.Succeeded, item.Error);
        Assert.False(HtmlDepth.Exceeds(File.ReadAllText(path)));
    }

    [Fact]
    public void Ignores_end_tags_of_elements_that_are_not_open()
    {
        // "</div>" closes nothing here, so each unit leaves a span open: the page is as deep as its spans.
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<span></div>", HtmlDepth.Limit + 1)) + "</body></html>";

        Assert.True(HtmlDepth.Exceeds(page));
    }

    /// <summary>
    /// Markup on which a count that followed only start and end tags stayed low while the parser nested
    /// deep: each row is a prefix and a unit repeated ("{0}" is the repeat's number).
    /// </summary>
    public static TheoryData<string, string> Bypasses => new()
    {
        // "<!-->" is a whole comment, so the divs after it are elements.
        { "<!-->", "<div>" },
        { "", "<div><!--!></div>-->" },
        // Inside SVG, "/>" closes a foreign element, but a div leaves SVG and is HTML, where "/>" is ignored.
        { "<svg>", "<div/>" },
        { "<svg><p>", "<g/>" },
        { "<svg><foreignObject>", "<section/>" },
        // An SVG title holds elements, not text.
        { "<svg><title>", "<div>" },
        // An end tag does not close past a scope element such as object.
        { "<div><object></div></object>", "<div><object></div></object>" },
        // The closing </svg> reaches past desc, so what follows is HTML again.
        { "<svg><desc><math><mrow></svg>", "<g/>" },
        // "b/" is an unquoted value, not a self-closing slash.
        { "<svg>", "<g a=b/>" },
        // A quote opens a value only after "=": this tag ends at its own ">".
        { "<span =\">", "<div>" },
        // </h1> closes the innermost heading only; </form> removes the form only.
        { "", "<h1><span><h2></h1>" },
        { "", "<form><span></form>" },
        // The parser reopens a formatting element that an enclosing end tag closed.
        { "", "<div><b id={0}></div>" },
    };

    private static string Repeated(string prefix, string unit, int times) =>
        "<html><body>" + prefix + string.Concat(Enumerable.Range(0, times).Select(n => unit.Replace("{0}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
        + Sentence + "</body></html>";

    [Theory]
    [MemberData(nameof(Bypasses))]
    public void Counts_at_least_as_deep_as_the_parser_nests_markup_that_once_slipped_past(string prefix, string unit)
    {
        var page = Repeated(prefix, unit, 200);
        using var parsed = new HtmlParser().ParseDocument(page);
        var depth = DepthOf(parsed.DocumentElement);

        Assert.True(depth > 200, $"the parser nests this {depth} deep");
        // The count leaves out html, body and the closing paragraph, which the parser closes by itself.
        Assert.True(HtmlDepth.Exceeds(page, depth - 4));
    }

    [Theory]
    [MemberData(nameof(Bypasses))]
    public void Refuses_a_page_whose_markup_once_slipped_past_the_count(string prefix, string unit)
    {
        var path = _folder.File("deep.html", Repeated(prefix, unit, HtmlDepth.Limit + 1));

        var item = new ArticleReader().ReadFile(path).Single();

        Assert.False(item.Succeeded);
        Assert.Equal(HtmlDepth.Refusal, item.Error);
    }

    [Theory]
    [InlineData("<p>Yoon met Kishida in Hiroshima.<b")]
    [InlineData("<p>Yoon met Kishida in Hiroshima.<b class='x")]
    [InlineData("<p>Yoon met Kishida in Hiroshima.</b")]
    [InlineData("<p>Yoon met Kishida in Hiroshima.<")]
    [InlineData("<p>Yoon met Kishida in Hiroshima.<!--")]
    [InlineData("<p>Yoon met Kishida in Hiroshima.<!")]
    public void Reads_a_page_that_ends_inside_a_tag_instead_of_throwing(string html)
    {
        // Regression: the scan stepped past the end of the text and threw, which aborted the whole batch.
        var path = _folder.File("cut.html", html);

        var item = new ArticleReader().ReadFile(path).Single();

        Assert.True(item.Succeeded, item.Error);
        Assert.Contains("Yoon met Kishida in Hiroshima.", item.Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_deep_feed_entry_and_still_reads_the_others()
    {
        var deep = Nested("<div>", "</div>", HtmlDepth.Limit + 1);
        var path = _folder.File("deep.rss", $"""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example News</title>
            <item><title>Deep</title><content:encoded><![CDATA[{deep}]]></content:encoded></item>
            <item><title>Summit</title><content:encoded><![CDATA[{Sentence}]]></content:encoded></item>
            </channel></rss>
            """);

        var items = new ArticleReader().ReadFile(path).ToArray();

        Assert.Equal(2, items.Length);
        Assert.EndsWith("deep.rss#1", items[0].Location, StringComparison.Ordinal);
        Assert.Equal(HtmlDepth.Refusal, items[0].Error);
        Assert.True(items[1].Succeeded, items[1].Error);
        Assert.Contains("Yoon met Kishida in Hiroshima", items[1].Document!.Text, StringComparison.Ordinal);
    }

    private static int DepthOf(IElement root)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>([(root, 1)]);
        while (pending.TryPop(out var next))
        {
            deepest = Math.Max(deepest, next.Depth);
            foreach (var child in next.Element.Children)
            {
                pending.Push((child, next.Depth + 1));
            }
        }
        return deepest;
    }
}
