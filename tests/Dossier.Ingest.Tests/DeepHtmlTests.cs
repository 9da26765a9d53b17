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
}
