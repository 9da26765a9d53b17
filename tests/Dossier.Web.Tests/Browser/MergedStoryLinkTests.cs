using System.Net;
using Dossier.Store;
using OpenQA.Selenium;

namespace Dossier.Web.Tests.Browser;

/// <summary>
/// A link to a story that has since merged into another (its id an alias): the samples (story 1) and a
/// football report (story 4), then story 4 merged into story 1, as a later placement would record it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MergedStoryLinkTests(BrowserSession browser) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (Chromium.Missing is null && (await browser.App.Store.ReadStoriesAsync()).Aliases.Count == 0)
        {
            Assert.Equal(HttpStatusCode.Created, await FootballArticle.PostAsync(browser.App.Client));
            await browser.App.Store.PlaceStoriesAsync((_, _) => Task.FromResult(new StoryPlacement([], [new(4, 1)])));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public void A_link_to_a_merged_story_shows_the_story_that_holds_its_articles_and_says_so()
    {
        browser.Open("people", "story=4");

        var status = browser.WaitUntil(d => d.FindElement(By.Id("status")).Text is { Length: > 0 } text ? text : null, "a word about story 4");
        Assert.Equal("Story 4 has merged into story 1, shown here.", status);
        Assert.Equal("?story=1", new Uri(browser.Driver.Url).Query);
        Assert.Equal("1", browser.Driver.FindElement(By.Id("story")).GetAttribute("value"));
        Assert.Empty(browser.TakeProblems());
    }
}
