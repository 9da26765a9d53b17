using AngleSharp.Html.Parser;

namespace Dossier.Ingest.Internal;

/// <summary>
/// One saved web page: SmartReader finds the article in the page furniture and reads its
/// metadata (title, site name, publication date from meta tags and JSON-LD); the text is the
/// article's HTML as paragraphs. Nothing is fetched: images and links stay unvisited.
/// </summary>
internal static class HtmlArticle
{
    private static readonly HtmlParser Parser = new();

    public static IngestItem Read(string location, string html, DateOnly? defaultDate)
    {
        using var page = Parser.ParseDocument(html);
        var url = CanonicalUrl(page);
        var article = SmartReader.Reader.ParseArticle(url ?? "https://localhost/", html);

        var text = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content)
            ? HtmlText.FromHtml(article.Content)
            : HtmlText.FromNode(page.Body ?? (AngleSharp.Dom.INode)page.DocumentElement);
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestItem.Failed(location, "has no article text");
        }

        var title = Clean(article.Title) ?? Clean(page.Title);
        text = WithoutHeadline(text, title);
        var date = article.PublicationDate is { } published && published.Year > 1
            ? DateOnly.FromDateTime(published)
            : MetaDate(page) ?? defaultDate;
        var outlet = Clean(article.SiteName) ?? Clean(page.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"));
        var source = new DocumentSource(url ?? location, title, outlet, url);
        return IngestItem.Read(new Document(text, source, date));
    }

    private static string? CanonicalUrl(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var href = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
            ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        return WebUrl.Of(href);
    }

    /// <summary>The article's date from the meta tags and time element that news sites use, when SmartReader found none.</summary>
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
