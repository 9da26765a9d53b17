using System.Runtime.Serialization;
using System.ServiceModel.Syndication;
using System.Xml;

namespace Dossier.Ingest.Internal;

/// <summary>
/// The items of an RSS 2.0 or Atom 1.0 feed, one document each: the full content when the
/// feed carries it (<c>content:encoded</c>, Atom <c>content</c>), else the summary, as text.
/// </summary>
internal static class FeedArticles
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>No DTDs and no external entities: a feed is hostile input like any other.</summary>
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public static IEnumerable<IngestItem> Read(string location, string xml, DateOnly? defaultDate)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            feed = Load(reader);
        }
        catch (Exception ex) when (ex is XmlException or FormatException)
        {
            return [IngestItem.Failed(location, $"is not an RSS or Atom feed ({ex.Message.Split('.')[0]})")];
        }
        var outlet = feed.Title?.Text is { Length: > 0 } title ? title.Trim() : null;
        return feed.Items.Select((item, index) => ReadItem($"{location}#{index + 1}", item, outlet, defaultDate)).ToList();
    }

    /// <summary>An Atom 1.0 or RSS 2.0 feed, as <see cref="SyndicationFeed.Load(XmlReader)"/> reads it but for links.</summary>
    private static SyndicationFeed Load(XmlReader reader)
    {
        SyndicationFeedFormatter formatter = new Atom10FeedFormatter();
        if (!formatter.CanRead(reader))
        {
            formatter = new Rss20FeedFormatter();
        }
        formatter.UriParser = ParseLink;
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    /// <summary>
    /// A link the formatter would refuse (<c>http://[broken</c>) is read as none, so the item keeps its
    /// text; by default one such link threw for the whole feed.
    /// </summary>
    private static bool ParseLink(XmlUriData data, out Uri? uri)
    {
        if (!Uri.TryCreate(data.UriString, data.UriKind, out uri))
        {
            uri = null;
        }
        return true;
    }

    private static IngestItem ReadItem(string location, SyndicationItem item, string? outlet, DateOnly? defaultDate)
    {
        if (!TryContent(item, out var html))
        {
            return IngestItem.Failed(location, "has content:encoded that is not text (HTML must be escaped or in CDATA)");
        }
        var text = html is null ? "" : HtmlText.FromHtml(html);
        if (text is null)
        {
            return IngestItem.Failed(location, HtmlDepth.Refusal);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestItem.Failed(location, "has no text");
        }
        if (!TryStamp(item, out var stamp))
        {
            return IngestItem.Failed(location, "has a publication date that is not a date");
        }
        var url = WebUrl.Of(item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri);
        DateOnly? date = stamp != default ? DateOnly.FromDateTime(stamp.DateTime) : defaultDate;
        var source = new DocumentSource(url ?? location, item.Title?.Text?.Trim(), outlet, url);
        return IngestItem.Read(new Document(text, source, date));
    }

    /// <summary>The item's HTML: <c>content:encoded</c>, else the content, else the summary; false when <c>content:encoded</c> holds elements.</summary>
    private static bool TryContent(SyndicationItem item, out string? html)
    {
        try
        {
            html = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNamespace).FirstOrDefault()
                ?? (item.Content as TextSyndicationContent)?.Text
                ?? item.Summary?.Text;
            return true;
        }
        catch (SerializationException)
        {
            html = null;
            return false;
        }
    }

    /// <summary>
    /// The publication date, else the last update, else default. The formatter parses an item's
    /// dates only when they are first read, so a date it cannot parse (year 99999, free text) throws
    /// here, for this item alone.
    /// </summary>
    private static bool TryStamp(SyndicationItem item, out DateTimeOffset stamp)
    {
        try
        {
            stamp = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            return true;
        }
        catch (XmlException)
        {
            stamp = default;
            return false;
        }
    }
}
