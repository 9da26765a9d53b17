using System.Text.RegularExpressions;
using Dossier.Time;
using OpenQA.Selenium;

namespace Dossier.Web.Tests.Browser;

/// <summary>The page at <c>/</c> over the three samples, used as a person would, in headless chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PageTests(BrowserSession browser) : IClassFixture<BrowserSession>
{
    private IWebDriver Driver => browser.Driver;

    [BrowserFact]
    public void Opens_on_the_timeline_with_no_console_error_and_no_CSP_violation()
    {
        browser.Open("");

        browser.WaitForAll(NamedEvents);
        Assert.Equal("Dossier", Driver.Title);
        Assert.Equal("Timeline", Driver.FindElement(By.CssSelector("nav a[aria-current=page]")).Text);
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void Timeline_lists_the_dated_events_with_their_kind_participants_and_marked_sentence()
    {
        browser.Open("timeline");

        var entries = browser.WaitForAll(NamedEvents);
        browser.Screenshot("timeline");
        Assert.True(entries.Count >= 10, $"only {entries.Count} named events");
        Assert.All(entries, entry =>
        {
            var when = entry.FindElement(By.CssSelector(".when"));
            Assert.Matches(TimexValue(), when.GetAttribute("title"));
            Assert.Equal(TimexWords.Describe(when.GetAttribute("title")!), when.Text);
            Assert.Matches(SentenceLink(), entry.FindElement(By.CssSelector(".cite a")).GetAttribute("href"));
            Assert.Equal(entry.FindElement(By.CssSelector(".what .trigger")).Text, entry.FindElement(By.CssSelector(".sentence mark.trigger")).Text);
            Assert.True(entry.GetAttribute("data-class") != "other" || entry.FindElements(By.CssSelector(".who")).Count > 0,
                "an entry of no named kind is shown without asking only when someone takes part");
        });
        var treaty = entries.Single(e => e.FindElement(By.CssSelector(".when")).Text == "1965");
        Assert.Equal("also normalized", treaty.FindElement(By.CssSelector(".what .also")).Text);
        Assert.Equal(["treaty", "normalized"], treaty.FindElements(By.CssSelector(".sentence mark.trigger")).Select(m => m.Text));
        var meeting = entries.Single(e => e.FindElement(By.CssSelector(".when")).Text == "21 May 2023" && e.FindElement(By.CssSelector(".trigger")).Text == "meet");
        Assert.Equal("meeting", meeting.FindElement(By.CssSelector(".what .kind")).Text.ToLowerInvariant());
        Assert.Equal("Fumio Kishida with Yoon Suk Yeol", meeting.FindElement(By.CssSelector(".who")).Text);
        Assert.Equal("Sunday", meeting.FindElement(By.CssSelector(".sentence mark.time")).Text);
        Assert.Equal(["Fumio Kishida", "Yoon Suk Yeol"], meeting.FindElements(By.CssSelector(".sentence mark.participant")).Select(m => m.Text));
        var sentence = meeting.FindElement(By.CssSelector(".sentence")).Text;
        Assert.StartsWith("Japanese Prime Minister Fumio Kishida will meet", sentence, StringComparison.Ordinal);

        meeting.FindElement(By.CssSelector(".cite a")).Click();

        // The reader cuts the highlighted sentence wherever a name or a date starts or ends inside it.
        var target = browser.WaitUntil(d => d.FindElements(By.CssSelector("#article-text .target")).Count > 0
            ? browser.Script("return [...document.querySelectorAll('#article-text .target')].map(t => t.textContent).join('');") as string
            : null, "the cited sentence in its article");
        Assert.Equal(sentence, target);
        Assert.StartsWith("#3 · 2023-05-18", Driver.FindElement(By.Id("article-meta")).Text);
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void Timeline_shows_the_weak_entries_dimmed_only_when_asked()
    {
        browser.Open("timeline");
        browser.WaitForAll(NamedEvents);
        var weak = Driver.FindElements(By.CssSelector("#timeline-list li.weak"));
        Assert.NotEmpty(weak);
        Assert.All(weak, entry => Assert.False(entry.Displayed));
        Assert.Equal(weak.Count == 1 ? "(1 event)" : $"({weak.Count} events)", Driver.FindElement(By.Id("weak-count")).Text);
        // The samples tie an event to every date they give but 1953, whose one event, "according", cues a quote.
        Assert.Equal("(1 date)", Driver.FindElement(By.Id("dates-count")).Text);

        Driver.FindElement(By.Id("show-weak")).Click();

        browser.Screenshot("timeline-weak");
        Assert.All(weak, entry =>
        {
            Assert.True(entry.Displayed);
            Assert.Equal("other", entry.GetAttribute("data-class"));
            Assert.True(double.Parse(entry.GetCssValue("opacity"), System.Globalization.CultureInfo.InvariantCulture) < 1);
        });
        Assert.Contains(weak, entry => entry.FindElement(By.CssSelector(".trigger")).Text == "address");
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void Whos_who_names_Yoon_Suk_Yeol_once_with_his_title_and_his_articles()
    {
        browser.Open("people");

        // Article 1 writes "Yoon Suk-yeol", articles 2 and 3 "Yoon Suk Yeol": one person, under the name written most.
        var yoon = browser.WaitUntil(d => d.FindElements(By.CssSelector("#actors-list li"))
            .FirstOrDefault(li => li.FindElement(By.TagName("strong")).Text == "Yoon Suk Yeol"), "Yoon Suk Yeol among the titled actors");
        Assert.DoesNotContain(Driver.FindElements(By.CssSelector("#actors-list li strong")), name => name.Text == "Yoon Suk-yeol");
        browser.Screenshot("people");
        Assert.Contains("President", yoon.FindElement(By.CssSelector(".variants")).Text, StringComparison.Ordinal);
        Assert.Equal(["#article/1", "#article/2", "#article/3"], yoon.FindElements(By.CssSelector(".cite a")).Select(a => new Uri(a.GetAttribute("href")!).Fragment));
        var people = Driver.FindElements(By.CssSelector("#people-lists > div")).First(c => c.FindElement(By.TagName("h3")).Text == "People");
        Assert.Contains(people.FindElements(By.CssSelector("li strong")), name => name.Text.StartsWith("Yoon Suk", StringComparison.Ordinal));
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void Quotes_stand_under_their_speaker_with_his_title_and_filter_by_speaker()
    {
        browser.Open("quotes");

        var kimura = browser.WaitUntil(d => d.FindElements(By.CssSelector("#quotes-list .speaker"))
            .FirstOrDefault(s => s.FindElement(By.TagName("h3")).Text.StartsWith("Kan Kimura", StringComparison.Ordinal)), "Kan Kimura's quotes");
        browser.Screenshot("quotes");
        Assert.Equal("Kan Kimura, professor of Korean studies, Kobe University", kimura.FindElement(By.TagName("h3")).Text);
        Assert.Contains(kimura.FindElements(By.TagName("blockquote")), q => q.Text.Contains("It won’t hurt.", StringComparison.Ordinal));
        Assert.All(kimura.FindElements(By.CssSelector("blockquote .cite a")), a => Assert.Matches(SentenceLink(), a.GetAttribute("href")));

        Driver.FindElement(By.Id("quotes-speaker")).SendKeys("kimura");
        Driver.FindElement(By.CssSelector("#quotes-form button")).Click();

        var speakers = browser.WaitUntil(d =>
        {
            var names = d.FindElements(By.CssSelector("#quotes-list .speaker h3")).Select(h => h.Text).ToList();
            return names.Count == 1 ? names : null;
        }, "only the quotes of Kimura");
        Assert.StartsWith("Kan Kimura", speakers[0], StringComparison.Ordinal);
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void The_timeline_filtered_by_an_actor_keeps_only_the_entries_that_actor_takes_part_in()
    {
        browser.Open("timeline");
        var all = browser.WaitForAll(NamedEvents).Count;

        Driver.FindElement(By.Id("timeline-entity")).SendKeys("Yoon");
        Driver.FindElement(By.CssSelector("#timeline-form button")).Click();

        var kept = browser.WaitUntil(d =>
        {
            var entries = d.FindElements(By.CssSelector(NamedEvents));
            return entries.Count > 0 && entries.Count < all ? entries : null;
        }, "only the entries Yoon takes part in");
        Assert.All(kept, entry => Assert.Contains("Yoon Suk Yeol", entry.FindElement(By.CssSelector(".who")).Text, StringComparison.Ordinal));
        // "Yoon has pushed ahead with his Japan outreach": no date in its sentence, so its article's, marked as such.
        var pushed = Assert.Single(kept, entry => entry.FindElement(By.CssSelector(".trigger")).Text == "pushed");
        Assert.Equal("18 May 2023 (article date)", pushed.FindElement(By.CssSelector(".when.by-article")).Text);
        Assert.Contains(kept, entry => entry.FindElements(By.CssSelector(".when.by-article")).Count == 0);
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void An_actor_s_entries_dated_by_their_article_stand_in_date_order_among_the_dates_no_entry_stands_for()
    {
        browser.Open("timeline");
        browser.WaitForAll(NamedEvents);
        Driver.FindElement(By.Id("show-dates")).Click();

        Driver.FindElement(By.Id("timeline-entity")).SendKeys("Yoon");
        Driver.FindElement(By.CssSelector("#timeline-form button")).Click();

        var values = browser.WaitUntil(d =>
        {
            var items = d.FindElements(By.CssSelector("#timeline-list li .when"));
            return items.Any(w => w.GetAttribute("class")!.Contains("by-article", StringComparison.Ordinal))
                && items.Any(w => w.FindElement(By.XPath("..")).GetAttribute("class") == "date-only")
                ? items.Select(w => w.GetAttribute("title")!.Split(':')[0]).ToList() : null;
        }, "Yoon's entries and dates, some dated by their article");
        // Years, months and days ("2023", "2023-05", "2023-05-18") sort as text as they do by date, coarser first.
        var plain = values.Where(v => System.Text.RegularExpressions.Regex.IsMatch(v, @"^\d{4}(-\d\d){0,2}$")).ToList();
        Assert.Equal(plain.Order(StringComparer.Ordinal).ToArray(), plain.ToArray());
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void Quotes_of_one_person_in_two_articles_stand_under_one_heading_and_any_spelling_finds_them()
    {
        browser.Open("quotes");

        var headings = browser.WaitUntil(d =>
        {
            var names = d.FindElements(By.CssSelector("#quotes-list .speaker h3")).Select(h => h.Text).ToList();
            return names.Count > 0 ? names : null;
        }, "the quotes under their speakers");
        Assert.Single(headings, h => h.StartsWith("Yoon Suk", StringComparison.Ordinal));

        Driver.FindElement(By.Id("quotes-speaker")).SendKeys("Suk-yeol");
        Driver.FindElement(By.CssSelector("#quotes-form button")).Click();

        var articles = browser.WaitUntil(d =>
        {
            var speakers = d.FindElements(By.CssSelector("#quotes-list .speaker"));
            return speakers.Count == 1 && speakers[0].FindElement(By.TagName("h3")).Text.StartsWith("Yoon Suk Yeol", StringComparison.Ordinal)
                ? speakers[0].FindElements(By.CssSelector("blockquote .cite a")).Select(a => Article(a.GetAttribute("href")!)).Distinct().ToList()
                : null;
        }, "only the quotes of Yoon, under one heading");
        Assert.Equal(["1", "2"], articles);
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void Clicking_an_article_opens_the_reader_with_names_quotes_and_dates_highlighted()
    {
        browser.Open("articles");
        var rows = browser.WaitForAll("#articles-table tbody tr");
        browser.Screenshot("articles");
        Assert.Equal(3, rows.Count);
        var title = rows[2].FindElement(By.TagName("a"));
        var shortTitle = title.Text.TrimEnd('…');

        title.Click();

        browser.WaitUntil(d => d.FindElement(By.Id("article-title")).Text.StartsWith(shortTitle, StringComparison.Ordinal), "the reader on article 3");
        var text = Driver.FindElement(By.Id("article-text"));
        browser.Screenshot("article");
        Assert.Contains(text.FindElements(By.CssSelector(".ent.person")), name => name.Text == "Fumio Kishida");
        Assert.Contains(text.FindElements(By.CssSelector(".timex")), timex => timex.Text == "Sunday");
        Assert.NotEmpty(text.FindElements(By.CssSelector(".quote")));
        var quote = text.FindElement(By.CssSelector(".quote"));
        Assert.NotEqual(Transparent, quote.GetCssValue("background-color"));

        Driver.FindElement(By.CssSelector("input[data-layer=quotes]")).Click();

        Assert.Equal(Transparent, quote.GetCssValue("background-color"));
        Assert.Empty(browser.TakeProblems());
    }

    [BrowserFact]
    public void Search_finds_Kishida_and_links_each_hit_to_its_sentence()
    {
        browser.Open("search");
        browser.WaitForAll("#search-q").Single().SendKeys("kishida" + Keys.Enter);

        var hits = browser.WaitForAll("#search-list li");
        browser.Screenshot("search");
        Assert.Equal("#search?q=kishida", new Uri(Driver.Url).Fragment);
        Assert.Equal($"{hits.Count} matches", Driver.FindElement(By.Id("search-total")).Text);
        Assert.True(hits.Count >= 3, $"only {hits.Count} hits");
        Assert.All(hits, hit =>
        {
            Assert.Equal("Kishida", hit.FindElement(By.TagName("mark")).Text);
            Assert.Matches(SentenceLink(), hit.FindElement(By.CssSelector(".cite a")).GetAttribute("href"));
        });

        hits[^1].FindElement(By.CssSelector(".cite a")).Click();

        var target = browser.WaitUntil(d => d.FindElement(By.CssSelector("#article-text .target")), "the hit in its article");
        Assert.Equal("Kishida", target.Text);
        Assert.Empty(browser.TakeProblems());
    }

    /// <summary>The timeline's entries shown without asking: those not weak.</summary>
    private const string NamedEvents = "#timeline-list li.event:not(.weak)";

    /// <summary>The computed background of an element with none.</summary>
    private const string Transparent = "rgba(0, 0, 0, 0)";

    /// <summary>A TIMEX3 value as the timeline's tooltips give it: 1953, 2022-08, 2022-W43-WE, 2022-11-02.</summary>
    [GeneratedRegex(@"^\d{4}(-(\d{2}|W\d{2})(-(\d{2}|WE))?)?$")]
    private static partial Regex TimexValue();

    /// <summary>The article id of a sentence link: "1" for <c>…#article/1/120-180</c>.</summary>
    private static string Article(string href) => new Uri(href).Fragment.Split('/')[1];

    /// <summary>A link to a span of an article: <c>#article/ID/START-END</c>.</summary>
    [GeneratedRegex(@"#article/[1-3]/\d+-\d+$")]
    private static partial Regex SentenceLink();
}
