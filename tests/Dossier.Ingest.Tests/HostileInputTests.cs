using Dossier.Testing;

namespace Dossier.Ingest.Tests;

/// <summary>A bad line or item is reported with its reason and never takes the rest of its file down with it.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reports_a_json_line_whose_string_escapes_a_lone_surrogate_and_reads_the_next()
    {
        var path = _folder.File("lone.jsonl", """
            {"text": "Yoon met \ud800 Kishida."}
            {"text": "Kishida left Hiroshima.", "title": "Half a pair \udc00"}
            {"text": "Kishida left Tokyo."}
            """);

        var items = new ArticleReader().ReadFile(path).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("has a string that is not valid UTF-16 (a lone surrogate escape) in \"text\"", items[0].Error);
        Assert.EndsWith("lone.jsonl:1", items[0].Location, StringComparison.Ordinal);
        Assert.Equal("has a string that is not valid UTF-16 (a lone surrogate escape) in \"title\"", items[1].Error);
        Assert.Equal("Kishida left Tokyo.", items[2].Document!.Text);
    }

    [Fact]
    public void Keeps_a_surrogate_pair_written_as_two_escapes()
    {
        var item = new ArticleReader().ReadJson("api", """{"text": "Yoon smiled \ud83d\ude00."}""");

        Assert.Equal("Yoon smiled \U0001F600.", item.Document!.Text);
    }

    [Fact]
    public void Reports_a_feed_item_whose_date_cannot_be_read_and_reads_the_other_items()
    {
        var feed = Rss("dates.rss",
            """<item><title>Far future</title><pubDate>Mon, 01 Jan 99999 00:00:00 GMT</pubDate><description>Yoon met Kishida in Tokyo.</description></item>""",
            """<item><title>Garbage</title><pubDate>yesterday-ish</pubDate><description>Moon visited Seoul.</description></item>""",
            """<item><title>Fine</title><pubDate>Tue, 02 Jan 2024 09:00:00 GMT</pubDate><description>Kishida left Hiroshima.</description></item>""");

        var items = new ArticleReader().ReadFile(feed).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("has a publication date that is not a date", items[0].Error);
        Assert.EndsWith("dates.rss#1", items[0].Location, StringComparison.Ordinal);
        Assert.Equal("has a publication date that is not a date", items[1].Error);
        Assert.Equal(new DateOnly(2024, 1, 2), items[2].Document!.Published);
    }

    [Fact]
    public void Reports_an_atom_entry_whose_updated_date_cannot_be_read()
    {
        var feed = Atom("dates.atom",
            """<entry><title>Bad</title><id>urn:example:1</id><updated>0000-00-00T00:00:00Z</updated><content type="text">Park talked to victims.</content></entry>""",
            """<entry><title>Good</title><id>urn:example:2</id><updated>2023-02-28T09:00:00Z</updated><content type="text">Park met Yoon.</content></entry>""");

        var items = new ArticleReader().ReadFile(feed).ToList();

        Assert.Equal(2, items.Count);
        Assert.Equal("has a publication date that is not a date", items[0].Error);
        Assert.Equal(new DateOnly(2023, 2, 28), items[1].Document!.Published);
    }

    [Fact]
    public void Reports_a_feed_item_whose_content_encoded_holds_elements_instead_of_text()
    {
        var feed = Rss("content.rss",
            """<item><title>Raw</title><content:encoded><p>Yoon met <b>Kishida</b>.</p></content:encoded></item>""",
            """<item><title>Fine</title><description>Kishida left Hiroshima.</description></item>""");

        var items = new ArticleReader().ReadFile(feed).ToList();

        Assert.Equal(2, items.Count);
        Assert.Equal("has content:encoded that is not text (HTML must be escaped or in CDATA)", items[0].Error);
        Assert.Equal("Kishida left Hiroshima.", items[1].Document!.Text);
    }

    [Fact]
    public void Reads_a_feed_item_whose_link_is_no_url_without_its_link_and_keeps_the_other_items()
    {
        var feed = Rss("links.rss",
            """<item><title>Broken</title><link>http://[broken</link><description>Yoon met Kishida in Tokyo.</description></item>""",
            """<item><title>Script</title><link>javascript:alert(1)</link><description>Moon visited Seoul.</description></item>""",
            """<item><title>Fine</title><link>https://news.example.org/3</link><description>Kishida left Hiroshima.</description></item>""");

        var items = new ArticleReader().ReadFile(feed).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal(new DocumentSource(items[0].Location, "Broken", "Example News"), items[0].Document!.Source);
        Assert.EndsWith("links.rss#1", items[0].Location, StringComparison.Ordinal);
        Assert.Null(items[1].Document!.Source.Url);
        Assert.Equal("https://news.example.org/3", items[2].Document!.Source.Url);
    }

    [Fact]
    public void Reads_an_atom_entry_whose_link_is_no_url_without_its_link()
    {
        var feed = Atom("links.atom",
            """<entry><title>Bad</title><id>urn:example:1</id><link href="http://[broken"/><updated>2023-02-28T09:00:00Z</updated><content type="text">Park talked to victims.</content></entry>""",
            """<entry><title>Good</title><id>urn:example:2</id><updated>2023-02-28T09:00:00Z</updated><content type="text">Park met Yoon.</content></entry>""");

        var items = new ArticleReader().ReadFile(feed).ToList();

        Assert.Equal(2, items.Count);
        Assert.Null(items[0].Document!.Source.Url);
        Assert.Equal("Park met Yoon.", items[1].Document!.Text);
    }

    /// <summary>An RSS 2.0 feed titled Example News that holds these items.</summary>
    private string Rss(string name, params string[] items) => _folder.File(name, $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example News</title>{string.Concat(items)}</channel></rss>
        """);

    /// <summary>An Atom 1.0 feed titled Example Wire that holds these entries.</summary>
    private string Atom(string name, params string[] entries) => _folder.File(name, $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>urn:example:wire</id><updated>2023-02-28T10:00:00Z</updated>{string.Concat(entries)}</feed>
        """);
}
