namespace Dossier.Ingest.Internal;

/// <summary>
/// One saved web page: SmartReader finds the article in the page furniture and reads its
/// metadata (title, site name, publication date from JSON-LD); the text is the article's HTML as
/// paragraphs. Nothing is fetched: images and links stay unvisited. The page is parsed once, and
/// not at all when its elements nest deeper than <see cref="HtmlDepth.Limit"/>.
/// </summary>
internal static class HtmlArticle
{
    public static IngestItem Read(string location, string html, DateOnly? defaultDate)
    {
        using var page = HtmlText.Parse(html);
        if (page is null)
        {
            return IngestItem.Failed(location, HtmlDepth.Refusal);
        }
        // SmartReader rewrites the page it reads, so all that is read from the page itself is read first.
        var url = CanonicalUrl(page);
        var pageTitle = Clean(page.Title);
        var metaDate = MetaDate(page);
        var metaOutlet = Clean(page.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"));
        var pageText = HtmlText.FromNode(page.Body ?? (AngleSharp.Dom.INode)page.DocumentElement);
        // Given the parsed page, SmartReader reads it; given a string, its two-argument ParseArticle is the
        // overload that downloads the url (the string being a user agent), so it never read the page.
        var article = new SmartReader.Reader(url ?? "https://localhost/", page).GetArticle();

        var text = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content)
            ? HtmlText.FromHtml(article.Content) ?? pageText
            : pageText;
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestItem.Failed(location, "has no article text");
        }

        var title = Clean(article.Title) ?? pageTitle;
        text = WithoutHeadline(text, title);
        // The page's own written date first: SmartReader turns a timestamp into this machine's local
        // time, which moves "2023-05-18T06:30+09:00" to the 17th on a UTC machine.
        var date = metaDate
            ?? (article.PublicationDate is { } published && published.Year > 1 ? DateOnly.FromDateTime(published) : defaultDate);
        var outlet = Clean(article.SiteName) ?? metaOutlet;
        var source = new DocumentSource(url ?? location, title, outlet, url);
        return IngestItem.Read(new Document(text, source, date));
    }

    private static string? CanonicalUrl(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var href = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
            ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        return WebUrl.Of(href);
    }

    /// <summary>The article's date as the meta tags and time element that news sites use write it.</summary>
    private static DateOnly? MetaDate(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        string?[] candidates =
        [
            page.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content"),
            page.QuerySelector("meta[name='pubdate']")?.GetAttribute("content"),
            page.QuerySelector("meta[name='date']")?.GetAttribute("content"),
            page.QuerySelector("meta[itemprop='datePublished']")?.GetAttribute("content"),
            page.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
        ];
        foreach (var candidate in candidates)
        {
            if (candidate is not null && ArticleDate.Parse(candidate.Trim()) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>The title is metadata, as the date line is, so a first paragraph that repeats it is dropped.</summary>
    private static string WithoutHeadline(string text, string? title)
    {
        var firstBreak = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (title is null || firstBreak < 0)
        {
            return text;
        }
        var first = text[..firstBreak];
        return title.StartsWith(first, StringComparison.OrdinalIgnoreCase) ? text[(firstBreak + 2)..] : text;
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
