using Dossier.Testing;

namespace Dossier.Ingest.Tests;

public sealed class WebArticleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Yoon and Kishida to meet at G-7 | Example News</title>
          <link rel="canonical" href="https://news.example.org/2023/05/18/yoon-kishida">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2023-05-18T06:30:00+09:00">
          <script>var tracking = "Expectations rose";</script>
          <style>p { color: red }</style>
        </head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article>
            <h1>Yoon and Kishida to meet at G-7</h1>
            <p>The top leaders of Japan and South Korea will try to maintain momentum toward improved relations
               when they meet on the sidelines of a Group of Seven summit that begins Friday in Hiroshima.</p>
            <p>Japanese Prime Minister Fumio Kishida will meet South Korean President Yoon Suk Yeol on Sunday,
               the final day of the three-day gathering, according to South Korean officials.</p>
            <p>It will be the third recent meeting between Yoon and Kishida, who are charging ahead with
               expanded security and economic cooperation despite domestic pushback&nbsp;in each country.</p>
          </article>
          <footer>© Example News. All rights reserved.</footer>
        </body></html>
        """;

    [Fact]
    public void Reads_a_saved_page_as_its_article_paragraphs_with_title_outlet_url_and_date()
    {
        var document = new ArticleReader().ReadFile(_folder.File("page.html", Page)).Single().Document!;

        Assert.StartsWith("The top leaders of Japan and South Korea will try to maintain momentum toward improved relations when they meet", document.Text, StringComparison.Ordinal);
        Assert.Contains("in Hiroshima.\n\nJapanese Prime Minister Fumio Kishida", document.Text, StringComparison.Ordinal);
        Assert.Contains("domestic pushback in each country.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", document.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2023, 5, 18), document.Published);
        Assert.Equal("Example News", document.Source.Outlet);
        Assert.Equal("https://news.example.org/2023/05/18/yoon-kishida", document.Source.Url);
        Assert.Contains("Yoon and Kishida to meet at G-7", document.Source.Title);
    }

    [Fact]
    public void Finds_the_article_among_furniture_that_its_tags_do_not_mark()
    {
        // Regression: SmartReader was called with the overload that takes a url and a user agent, so it
        // never read the saved page, and every block of the body (here the share bar and "most read") was kept.
        var page = """
            <html><head><title>Yoon and Kishida to meet</title></head><body>
              <div class="share-tools social">Share this on Facebook Share this on X Copy the link to this story</div>
              <div class="story-body content">
                <p>The top leaders of Japan and South Korea will try to maintain momentum toward improved relations
                   when they meet on the sidelines of a Group of Seven summit that begins Friday in Hiroshima.</p>
                <p>Japanese Prime Minister Fumio Kishida will meet South Korean President Yoon Suk Yeol on Sunday,
                   the final day of the three-day gathering, according to South Korean officials, who said the two
                   leaders would discuss security, supply chains and the visit of Korean inspectors to Fukushima.</p>
                <p>It will be the third recent meeting between Yoon and Kishida, who are charging ahead with
                   expanded security and economic cooperation despite domestic pushback in each country, and who
                   hope to show their allies that the two neighbours can work together after years of dispute.</p>
              </div>
              <div class="sidebar related">Most read: Celebrity chef opens a restaurant in Paris. Storm hits coast.</div>
            </body></html>
            """;

        var document = new ArticleReader().ReadFile(_folder.File("furniture.html", page)).Single().Document!;

        Assert.StartsWith("The top leaders of Japan and South Korea", document.Text, StringComparison.Ordinal);
        Assert.EndsWith("after years of dispute.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_the_default_date_to_a_page_without_one()
    {
        var page = "<html><body><p>Seoul says Tokyo needs to apologise and compensate the victims of forced labour.</p></body></html>";

        var document = new ArticleReader(new DateOnly(2023, 2, 28)).ReadFile(_folder.File("undated.htm", page)).Single().Document!;

        Assert.Equal(new DateOnly(2023, 2, 28), document.Published);
        Assert.Equal("Seoul says Tokyo needs to apologise and compensate the victims of forced labour.", document.Text);
    }

    [Fact]
    public void Reads_each_rss_item_with_its_full_content_date_link_and_the_feed_as_outlet()
    {
        var feed = _folder.File("feed.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Example News: Asia</title>
                <link>https://news.example.org/asia</link>
                <description>Asia</description>
                <item>
                  <title>Aso meets Yoon in Seoul</title>
                  <link>https://news.example.org/aso-yoon</link>
                  <pubDate>Wed, 02 Nov 2022 09:00:00 GMT</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>Expectations rose Wednesday for a breakthrough.</p><p>Aso pledged to continue to work for the swift restoration of relations.</p>]]></content:encoded>
                </item>
                <item>
                  <title>No content here</title>
                  <link>https://news.example.org/empty</link>
                </item>
                <item>
                  <title>Summary only</title>
                  <description>&lt;b&gt;Seoul&lt;/b&gt; says Tokyo needs to do more.</description>
                </item>
              </channel>
            </rss>
            """);

        var items = new ArticleReader().ReadFile(feed).ToList();

        Assert.Equal(3, items.Count);
        var first = items[0].Document!;
        Assert.Equal("Expectations rose Wednesday for a breakthrough.\n\nAso pledged to continue to work for the swift restoration of relations.", first.Text);
        Assert.Equal(new DateOnly(2022, 11, 2), first.Published);
        Assert.Equal(new DocumentSource("https://news.example.org/aso-yoon", "Aso meets Yoon in Seoul", "Example News: Asia", "https://news.example.org/aso-yoon"), first.Source);
        Assert.Equal("has no text", items[1].Error);
        Assert.EndsWith("feed.rss#2", items[1].Location, StringComparison.Ordinal);
        Assert.Equal("Seoul says Tokyo needs to do more.", items[2].Document!.Text);
        Assert.Null(items[2].Document!.Published);
    }

    [Fact]
    public void Reads_atom_entries()
    {
        var feed = _folder.File("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Example Wire</title>
              <id>urn:example:wire</id>
              <updated>2023-02-28T10:00:00Z</updated>
              <entry>
                <title>Park Jin talks to victims</title>
                <id>urn:example:1</id>
                <link href="https://wire.example.org/1"/>
                <published>2023-02-28T08:00:00Z</published>
                <updated>2023-02-28T09:00:00Z</updated>
                <content type="html">&lt;p&gt;Park talked to Korean victims Tuesday to discuss government efforts.&lt;/p&gt;</content>
              </entry>
            </feed>
            """);

        var document = new ArticleReader().ReadFile(feed).Single().Document!;

        Assert.Equal("Park talked to Korean victims Tuesday to discuss government efforts.", document.Text);
        Assert.Equal(new DateOnly(2023, 2, 28), document.Published);
        Assert.Equal("Example Wire", document.Source.Outlet);
    }

    [Fact]
    public void Refuses_a_feed_with_a_dtd_so_no_entity_can_reach_outside()
    {
        var feed = _folder.File("evil.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><title>t</title><item><title>&secret;</title><description>x</description></item></channel></rss>
            """);

        var item = new ArticleReader().ReadFile(feed).Single();

        Assert.False(item.Succeeded);
        Assert.StartsWith("is not an RSS or Atom feed", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_xml_that_is_not_a_feed()
    {
        var item = new ArticleReader().ReadFile(_folder.File("notes.xml", "<notes><note>hi</note></notes>")).Single();

        Assert.StartsWith("is not an RSS or Atom feed", item.Error, StringComparison.Ordinal);
    }
}
