using System.Net;
using System.Text.Json;
using Dossier.Engine;
using Dossier.Store;

namespace Dossier.Web.Tests;

/// <summary>The brief's sections over HTTP are the ones the CLI's brief computes (Dossier.Engine), as JSON.</summary>
public sealed class BriefApiTests(SamplesFixture samples) : IClassFixture<SamplesFixture>
{
    private TestWebApp App => samples.App;

    [Fact]
    public async Task Lists_who_is_who_linked_across_articles_as_the_brief_does()
    {
        var entities = await App.GetJsonAsync("/api/entities");
        var brief = BriefEntities.All(new LinkedArticles(await StoredAsync()));

        Assert.Equal(brief[0].Entries.Select(e => e.Name), Names(entities.GetProperty("people")));
        Assert.Equal(brief[1].Entries.Select(e => e.Name), Names(entities.GetProperty("organizations")));
        Assert.Equal(brief[2].Entries.Select(e => e.Name), Names(entities.GetProperty("places")));
        var yoon = entities.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("name").GetString()!.StartsWith("Yoon Suk", StringComparison.Ordinal));
        Assert.Equal("person", yoon.GetProperty("type").GetString());
        Assert.Equal([1L, 2L, 3L], yoon.GetProperty("documents").EnumerateArray().Select(d => d.GetInt64()));
        Assert.Contains("Yoon", yoon.GetProperty("variants").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Lists_the_actors_with_their_titles_most_quoted_first()
    {
        var people = await App.GetJsonAsync("/api/people");

        Assert.Equal(People.Of(new LinkedArticles(await StoredAsync())).Select(p => p.Name), people.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var aso = people.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Taro Aso");
        Assert.Equal("person", aso.GetProperty("kind").GetString());
        Assert.Contains(aso.GetProperty("roles").EnumerateArray(), r =>
            r.GetProperty("title").GetString() == "prime minister" && r.GetProperty("tense").GetString() == "former");
        Assert.Equal([1L], aso.GetProperty("documents").EnumerateArray().Select(d => d.GetInt64()));
    }

    [Fact]
    public async Task Lists_every_quote_under_its_speaker_most_quoted_first()
    {
        var quotes = await App.GetJsonAsync("/api/quotes");
        var grouped = SpeakerQuotes.Of(new LinkedArticles(await StoredAsync())).Grouped();

        Assert.Equal(grouped.Sum(g => g.Count()), quotes.GetArrayLength());
        Assert.Equal(grouped[0].Key, quotes[0].GetProperty("speaker_name").GetString());
        var withSpeaker = quotes.EnumerateArray().First(q => q.GetProperty("speaker").ValueKind == JsonValueKind.String);
        Assert.True(withSpeaker.GetProperty("speaker_index").GetInt32() >= 0);
        Assert.True(withSpeaker.GetProperty("content").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Lists_one_person_quoted_in_two_articles_under_one_name_whatever_each_article_spells()
    {
        var quotes = await App.GetJsonAsync("/api/quotes");
        var speakers = quotes.EnumerateArray().Select(q => q.GetProperty("speaker_name").GetString()).ToList();
        var yoon = quotes.EnumerateArray().Where(q => q.GetProperty("speaker_name").GetString() == "Yoon Suk Yeol").ToList();

        Assert.Equal(["Yoon Suk-yeol", "Yoon Suk Yeol"], yoon.Select(q => q.GetProperty("speaker").GetString()).Distinct());
        Assert.Equal([1L, 2L], yoon.Select(q => q.GetProperty("doc").GetInt64()).Distinct());
        Assert.Equal(yoon.Count, speakers.LastIndexOf("Yoon Suk Yeol") - speakers.IndexOf("Yoon Suk Yeol") + 1);
        Assert.DoesNotContain("Yoon Suk-yeol", speakers);
    }

    [Fact]
    public async Task Finds_every_quote_of_a_person_by_any_spelling_the_articles_give()
    {
        foreach (var spelling in (string[])["Suk-yeol", "suk yeol", "Yoon Suk Yeol"])
        {
            var quotes = await App.GetJsonAsync("/api/quotes?speaker=" + Uri.EscapeDataString(spelling));

            Assert.Equal([1L, 2L], quotes.EnumerateArray().Select(q => q.GetProperty("doc").GetInt64()).Distinct());
            Assert.All(quotes.EnumerateArray(), q => Assert.Equal("Yoon Suk Yeol", q.GetProperty("speaker_name").GetString()));
        }
    }

    [Fact]
    public async Task Names_the_speaker_of_an_article_s_quotes_as_the_who_is_who_does()
    {
        var document = await App.GetJsonAsync("/api/documents/1");
        var yoon = document.GetProperty("quotes").EnumerateArray().Where(q => q.GetProperty("speaker").GetString() == "Yoon Suk-yeol").ToList();

        Assert.NotEmpty(yoon);
        Assert.All(yoon, q => Assert.Equal("Yoon Suk Yeol", q.GetProperty("speaker_name").GetString()));
    }

    [Fact]
    public async Task Lists_a_person_of_several_articles_once_under_the_who_is_who_name()
    {
        var people = await App.GetJsonAsync("/api/people");

        var yoon = Assert.Single(people.EnumerateArray(), p => p.GetProperty("name").GetString()!.StartsWith("Yoon Suk", StringComparison.Ordinal));
        Assert.Equal("Yoon Suk Yeol", yoon.GetProperty("name").GetString());
        Assert.Equal([1L, 2L, 3L], yoon.GetProperty("documents").EnumerateArray().Select(d => d.GetInt64()));
    }

    [Fact]
    public async Task Keeps_the_quotes_of_a_speaker_named_in_any_case()
    {
        var quotes = await App.GetJsonAsync("/api/quotes?speaker=kimura");

        Assert.NotEqual(0, quotes.GetArrayLength());
        Assert.All(quotes.EnumerateArray(), q => Assert.Equal("Kan Kimura", q.GetProperty("speaker").GetString()));
        var role = quotes[0].GetProperty("speaker_roles")[0];
        Assert.Equal(("professor of Korean studies", "Kobe University", "current"),
            (role.GetProperty("title").GetString(), role.GetProperty("affiliation").GetString(), role.GetProperty("tense").GetString()));
    }

    [Fact]
    public async Task Gives_the_dated_mentions_in_date_order_each_cited_to_its_sentence()
    {
        var timeline = await App.GetJsonAsync("/api/timeline");
        var texts = (await StoredAsync()).ToDictionary(d => d.Id, d => d.Document.Text);

        Assert.Equal(DatedMentions.Of(await StoredAsync()).Select(m => m.Value), timeline.EnumerateArray().Select(m => m.GetProperty("value").GetString()));
        Assert.Equal("1953", timeline[0].GetProperty("value").GetString());
        Assert.All(timeline.EnumerateArray(), mention =>
        {
            var text = texts[mention.GetProperty("document_id").GetInt64()];
            int start = mention.GetProperty("start").GetInt32(), end = mention.GetProperty("end").GetInt32();
            int sentenceStart = mention.GetProperty("sentence_start").GetInt32(), sentenceEnd = mention.GetProperty("sentence_end").GetInt32();
            Assert.Equal(mention.GetProperty("text").GetString(), text[start..end]);
            Assert.Equal(mention.GetProperty("sentence").GetString(), text[sentenceStart..sentenceEnd]);
            Assert.InRange(start, sentenceStart, sentenceEnd);
        });
    }

    [Fact]
    public async Task Finds_words_in_the_text_ignoring_case_with_offsets_and_sentence()
    {
        var result = await App.GetJsonAsync("/api/search?q=WARTIME%20labor");
        var texts = (await StoredAsync()).ToDictionary(d => d.Id, d => d.Document.Text);

        Assert.Equal("WARTIME labor", result.GetProperty("query").GetString());
        Assert.True(result.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(result.GetProperty("total").GetInt32(), result.GetProperty("hits").GetArrayLength());
        Assert.All(result.GetProperty("hits").EnumerateArray(), hit =>
        {
            var text = texts[hit.GetProperty("document_id").GetInt64()];
            var covered = text[hit.GetProperty("start").GetInt32()..hit.GetProperty("end").GetInt32()];
            Assert.Equal("wartime labor", covered, ignoreCase: true);
            Assert.Equal(covered, hit.GetProperty("text").GetString());
            Assert.Contains(covered, hit.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=%20%20")]
    [InlineData("/api/search?q=a%00b")]
    public async Task Answers_a_search_without_words_with_400(string path)
    {
        using var response = await App.Client.GetAsync(path);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/quotes?speaker=")]
    [InlineData("/api/events?entity=")]
    [InlineData("/api/timeline?entity=")]
    public async Task Answers_a_query_parameter_past_its_limit_with_400(string path)
    {
        using var response = await App.Client.GetAsync(path + new string('x', 201));

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("longer than 200 characters", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_a_query_string_past_2048_characters_with_414()
    {
        using var response = await App.Client.GetAsync("/api/documents?pad=" + new string('x', 2100));

        await Problem.AssertAsync(response, HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task With_an_entity_keeps_the_entries_yoon_takes_part_in_under_any_spelling_each_with_the_fields_of_the_story_timeline_actor_part_and_dated_by()
    {
        var all = await App.GetJsonAsync("/api/events");
        var yoon = await App.GetJsonAsync("/api/events?entity=Yoon");
        var spelled = await App.GetJsonAsync("/api/events?entity=" + Uri.EscapeDataString("suk-yeol"));

        Assert.InRange(yoon.GetArrayLength(), 1, all.GetArrayLength() - 1);
        Assert.Equal(yoon.ToString(), spelled.ToString());
        var first = yoon[0];
        Assert.Equal(all[0].EnumerateObject().Select(p => p.Name).Append("actor_part").Append("dated_by"), first.EnumerateObject().Select(p => p.Name));
        Assert.All(yoon.EnumerateArray().Where(e => e.GetProperty("actor_part").GetString() == "participant"),
            e => Assert.Contains(e.GetProperty("participants").EnumerateArray(), p => p.GetProperty("name").GetString() == "Yoon Suk Yeol"));
    }

    [Fact]
    public async Task With_an_entity_places_yoon_s_events_whose_sentence_gives_no_date_at_their_article_s_date_with_no_time()
    {
        var all = await App.GetJsonAsync("/api/events");
        var yoon = await App.GetJsonAsync("/api/events?entity=Yoon");

        var pushed = Assert.Single(yoon.EnumerateArray(), e => e.GetProperty("trigger").GetProperty("text").GetString() == "pushed");
        Assert.Equal("article", pushed.GetProperty("dated_by").GetString());
        Assert.Equal(JsonValueKind.Null, pushed.GetProperty("time").ValueKind);
        Assert.Equal("2023-05-18", pushed.GetProperty("value").GetString());
        Assert.Equal("18 May 2023", pushed.GetProperty("when").GetString());
        Assert.Contains(yoon.EnumerateArray(), e => e.GetProperty("dated_by").GetString() == "text" && e.GetProperty("time").ValueKind == JsonValueKind.Object);
        Assert.All(all.EnumerateArray(), e => Assert.False(e.TryGetProperty("dated_by", out _)));
    }

    [Fact]
    public async Task With_an_entity_keeps_the_dated_mentions_of_the_sentences_yoon_takes_part_in()
    {
        var all = await App.GetJsonAsync("/api/timeline");
        var yoon = await App.GetJsonAsync("/api/timeline?entity=Yoon");

        Assert.InRange(yoon.GetArrayLength(), 1, all.GetArrayLength() - 1);
        Assert.Contains(yoon.EnumerateArray(), m => m.GetProperty("value").GetString() == "2023-05-21");
    }

    [Theory]
    [InlineData("/api/events?entity=Yon")]
    [InlineData("/api/timeline?entity=Yon")]
    public async Task Answers_a_name_no_one_has_with_404_and_the_closest_names(string path)
    {
        using var response = await App.Client.GetAsync(path);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("'Yoon Suk Yeol'", detail, StringComparison.Ordinal);
    }

    private static IEnumerable<string?> Names(JsonElement entries) => entries.EnumerateArray().Select(e => e.GetProperty("name").GetString());

    private async Task<List<StoredDocument>> StoredAsync()
    {
        var documents = new List<StoredDocument>();
        await foreach (var stored in App.Store.ReadAllAsync())
        {
            documents.Add(stored);
        }
        return documents;
    }
}
