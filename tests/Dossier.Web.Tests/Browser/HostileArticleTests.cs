using OpenQA.Selenium;

namespace Dossier.Web.Tests.Browser;

/// <summary>
/// An article whose title and text are markup, added through the page's form (POST /api/documents),
/// shows that markup as text in every view and never runs it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileArticleTests(BrowserSession browser) : IClassFixture<BrowserSession>
{
    private const string Title = "<b>Summit</b><img src=x onerror=\"window.__pwned=1\">";

    private const string Text =
        "Prime Minister Fumio Kishida said on March 15, 2023: \"<script>window.__pwned=1;alert(1)</script> is not how we talk to Seoul.\" "
        + "<img src=x onerror=\"window.__pwned=1;alert(2)\"> Yoon Suk-yeol agreed.";

    private IWebDriver Driver => browser.Driver;

    [BrowserFact]
    public void Markup_in_an_added_article_is_shown_as_text_in_every_view_and_never_runs()
    {
        browser.Open("articles");
        browser.WaitForAll("#add-article summary").Single().Click();
        Driver.FindElement(By.Id("add-title")).SendKeys(Title);
        Driver.FindElement(By.Id("add-text")).SendKeys(Text);
        Driver.FindElement(By.CssSelector("#add-form button")).Click();

        browser.WaitUntil(d => d.FindElement(By.Id("article-meta")).Text.StartsWith("#4 ·", StringComparison.Ordinal), "the added article in the reader");
        browser.Screenshot("hostile-article");
        Assert.Equal(Title, Driver.FindElement(By.Id("article-title")).Text);
        Assert.Equal(Text, Driver.FindElement(By.Id("article-text")).Text);
        Assert.Contains(Driver.FindElements(By.CssSelector("#article-text .quote")), q => q.Text.Contains("<script>", StringComparison.Ordinal));
        AssertNothingInjected();

        browser.Open("articles");
        browser.WaitUntil(d => d.FindElements(By.CssSelector("#articles-table tbody a")).FirstOrDefault(a => a.Text == Title), "the title in the articles table");
        AssertNothingInjected();

        browser.Open("timeline");
        browser.WaitUntil(d => d.FindElements(By.CssSelector("#timeline-list .sentence")).FirstOrDefault(s => s.Text == Text), "the article's sentence in the timeline");
        AssertNothingInjected();

        browser.Open("quotes");
        browser.WaitUntil(d => d.FindElements(By.CssSelector("#quotes-list blockquote")).FirstOrDefault(q => q.Text.Contains("<img src=x", StringComparison.Ordinal)), "the quote with its markup as text");
        AssertNothingInjected();

        browser.Open("search?q=onerror");
        browser.WaitUntil(d => d.FindElements(By.CssSelector("#search-list mark")).Count == 1, "the one hit of 'onerror'");
        Assert.Equal(Text, Driver.FindElement(By.CssSelector("#search-list .sentence")).Text);
        AssertNothingInjected();
    }

    /// <summary>
    /// Only the page's own elements exist: no image, no second script, no bold title; nothing set
    /// the flag the payloads set; no dialog opened and the CSP blocked nothing (it would have, had
    /// an inline handler come to be).
    /// </summary>
    private void AssertNothingInjected()
    {
        Assert.Empty(Driver.FindElements(By.CssSelector("img, main script, main b, iframe, object, embed")));
        Assert.Single(Driver.FindElements(By.TagName("script")));
        Assert.Null(browser.Script("return window.__pwned;"));
        Assert.Empty(browser.TakeProblems());
    }
}
