using System.Net;
using OpenQA.Selenium;

namespace Dossier.Web.Tests.Browser;

/// <summary>
/// The story picker over two stories: the samples (story 1) and a football report (story 4). Picking
/// a story narrows every tab to its articles, and the address keeps the pick.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StoryPickerTests(BrowserSession browser) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private IWebDriver Driver => browser.Driver;

    public async Task InitializeAsync()
    {
        if (Chromium.Missing is null)
        {
            // Created for the first test of the class, already stored for the others.
            Assert.Contains(await FootballArticle.PostAsync(browser.App.Client), new[] { HttpStatusCode.Created, HttpStatusCode.OK });
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public void Picking_a_story_scopes_the_whos_who_and_the_address_keeps_it_over_a_reload()
    {
        browser.Open("people");
        browser.WaitUntil(d => d.FindElements(By.CssSelector("#story option")).Count == 3, "the picker with both stories");
        Assert.Equal(["Gabriel Martinelli", "Mikel Arteta"], WaitForPeople(names => names.Contains("Fumio Kishida")).Intersect(FootballPeople));

        Driver.FindElement(By.CssSelector("#story option[value='4']")).Click();

        Assert.Equal(FootballPeople, WaitForPeople(names => !names.Contains("Fumio Kishida")));
        Assert.Equal("?story=4", new Uri(Driver.Url).Query);
        Assert.Equal("#people", new Uri(Driver.Url).Fragment);
        browser.Screenshot("story-people");

        browser.Open("people", "story=4");

        Assert.Equal(FootballPeople, WaitForPeople(names => names.Count > 0));
        Assert.Equal("4", Driver.FindElement(By.Id("story")).GetAttribute("value"));
        Assert.StartsWith("Arsenal", Driver.FindElement(By.CssSelector("#story option:checked")).Text, StringComparison.Ordinal);

        Driver.FindElement(By.CssSelector("#story option[value='1']")).Click();

        var samplesPeople = WaitForPeople(names => names.Contains("Fumio Kishida"));
        Assert.DoesNotContain("Gabriel Martinelli", samplesPeople);
        Assert.Equal("?story=1", new Uri(Driver.Url).Query);

        Driver.Navigate().Back();

        Assert.Equal(FootballPeople, WaitForPeople(names => !names.Contains("Fumio Kishida")));
        Assert.Equal("4", Driver.FindElement(By.Id("story")).GetAttribute("value"));
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void Every_tab_keeps_to_the_picked_story()
    {
        browser.Open("timeline", "story=4");

        var events = browser.WaitForAll("#timeline-list li.event");
        // "said" is the cue of Arteta's quote, so the timeline leaves it to the quotes.
        Assert.Equal(["met"], events.Select(e => e.FindElement(By.CssSelector(".trigger")).Text));
        Assert.All(events, e => Assert.Contains("#article/4/", ArticleLink(e), StringComparison.Ordinal));

        Driver.FindElement(By.CssSelector("nav a[href='#articles']")).Click();

        var rows = browser.WaitUntil(d =>
        {
            var found = d.FindElements(By.CssSelector("#articles-table tbody tr"));
            return found.Count == 1 ? found : null;
        }, "the one article of story 4");
        Assert.Equal("4", rows[0].FindElement(By.CssSelector("td")).Text);
        Assert.Equal("?story=4", new Uri(Driver.Url).Query);

        Driver.FindElement(By.CssSelector("nav a[href='#search']")).Click();
        browser.WaitForAll("#search-q").Single().SendKeys("on" + Keys.Enter);

        var hits = browser.WaitForAll("#search-list li");
        Assert.All(hits, hit => Assert.Contains("#article/4/", ArticleLink(hit), StringComparison.Ordinal));

        Driver.FindElement(By.CssSelector("#story option[value='']")).Click();

        browser.WaitUntil(d => d.FindElements(By.CssSelector("#search-list li")).Count > hits.Count, "the hits in every article");
        Assert.Equal("", new Uri(Driver.Url).Query);
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void A_date_that_no_event_is_tied_to_is_shown_in_its_place_when_asked()
    {
        browser.Open("timeline", "story=4");
        var saturday = browser.WaitUntil(d => d.FindElement(By.CssSelector("#timeline-list li.date-only")), "the Saturday with no event");
        Assert.False(saturday.Displayed);
        Assert.Equal("(1 date)", Driver.FindElement(By.Id("dates-count")).Text);

        Driver.FindElement(By.Id("show-dates")).Click();

        Assert.True(saturday.Displayed);
        Assert.Equal("11 Mar 2023", saturday.FindElement(By.CssSelector(".when")).Text);
        Assert.Equal("2023-03-11", saturday.FindElement(By.CssSelector(".when")).GetAttribute("title"));
        Assert.Equal("Saturday", saturday.FindElement(By.CssSelector("mark.time")).Text);
        var order = Driver.FindElements(By.CssSelector("#timeline-list li")).Where(li => li.Displayed).Select(li => li.FindElement(By.CssSelector(".when")).Text);
        Assert.Equal(["11 Mar 2023", "12 Mar 2023"], order);
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void A_link_to_a_story_the_store_lacks_shows_every_article_and_says_so()
    {
        browser.Open("people", "story=9");

        var status = browser.WaitUntil(d => d.FindElement(By.Id("status")).Text is { Length: > 0 } text ? text : null, "a word about story 9");
        Assert.Equal("There is no story 9; the page shows every article.", status);
        Assert.Contains("Fumio Kishida", WaitForPeople(names => names.Contains("Gabriel Martinelli")));
        Assert.Equal("", new Uri(Driver.Url).Query);
        Assert.Equal("", Driver.FindElement(By.Id("story")).GetAttribute("value"));
        Assert.Empty(browser.TakeProblems());
    }

    /// <summary>The people of the football report as the who's who lists them.</summary>
    private static readonly string[] FootballPeople = ["Gabriel Martinelli", "Mikel Arteta"];

    /// <summary>The names in the who's who's People column, once they satisfy <paramref name="shown"/>.</summary>
    private List<string> WaitForPeople(Func<List<string>, bool> shown) =>
        browser.WaitUntil(d =>
        {
            var column = d.FindElements(By.CssSelector("#people-lists > div")).FirstOrDefault(c => c.FindElement(By.TagName("h3")).Text == "People");
            var names = column?.FindElements(By.CssSelector("li strong")).Select(n => n.Text).ToList();
            return names is not null && shown(names) ? names : null;
        }, "the people of the picked story");

    private static string ArticleLink(IWebElement entry) => entry.FindElement(By.CssSelector(".cite a")).GetAttribute("href")!;
}
