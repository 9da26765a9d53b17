using Dossier.Store;

namespace Dossier.Engine.Tests;

/// <summary>Who said what across articles, over documents built by hand as the recognizer and the quote extractor would leave them.</summary>
public sealed class SpeakerQuotesTests
{
    /// <summary>
    /// "NAME said it. NAME agreed. An aide said no.": NAME is a person mention and one actor (both
    /// mentions), who is the speaker of the first two quotes; the aide's quote has only a source.
    /// </summary>
    private static StoredDocument Article(long id, string name)
    {
        var text = $"{name} said it. {name} agreed. An aide said no.";
        var first = new TextSpan(0, name.Length);
        var second = TextSpan.FromLength(text.IndexOf(" agreed", StringComparison.Ordinal) - name.Length, name.Length);
        var aide = TextSpan.FromLength(text.IndexOf("An aide", StringComparison.Ordinal), 7);
        var document = new Document(text, new DocumentSource($"{id}.txt"), null)
        {
            Mentions = [new EntityMention(first, EntityType.Person, 0.9), new EntityMention(second, EntityType.Person, 0.9)],
            Actors = [new Actor(name, ActorKind.Person, [first, second], [])],
            Quotes =
            [
                new Quote([TextSpan.FromLength(first.End + 6, 2)], TextSpan.FromLength(first.End + 1, 4), first, QuoteKind.Indirect, Speaker: 0),
                new Quote([TextSpan.FromLength(second.End + 1, 6)], null, second, QuoteKind.Indirect, Speaker: 0),
                new Quote([TextSpan.FromLength(aide.End + 6, 2)], TextSpan.FromLength(aide.End + 1, 4), aide, QuoteKind.Indirect),
            ],
        };
        return new StoredDocument(id, document, DateTimeOffset.UnixEpoch);
    }

    private static readonly StoredDocument[] Articles = [Article(1, "Yoon Suk-yeol"), Article(2, "Yoon Suk Yeol"), Article(3, "Yoon Suk Yeol")];

    [Fact]
    public void Lists_a_person_spelled_two_ways_in_three_articles_under_the_who_is_who_name()
    {
        var grouped = SpeakerQuotes.Of(new LinkedArticles(Articles)).Grouped();

        Assert.Equal([("Yoon Suk Yeol", 6), ("An aide", 3)], grouped.Select(g => (g.Key, g.Count())));
        Assert.Equal([1L, 1L, 2L, 2L, 3L, 3L], grouped[0].Select(q => q.DocumentId));
    }

    [Fact]
    public void Finds_every_quote_of_a_person_by_any_spelling_ignoring_case_and_hyphens()
    {
        var speakers = SpeakerQuotes.Of(new LinkedArticles(Articles));

        foreach (var spelling in (string[])["Suk-yeol", "SUK YEOL", "yoon"])
        {
            Assert.Equal([1L, 1L, 2L, 2L, 3L, 3L], speakers.All.Where(q => speakers.Matches(q, spelling)).Select(q => q.DocumentId));
        }
        Assert.DoesNotContain(speakers.All, q => speakers.Matches(q, "aide"));
    }

    [Fact]
    public void Keeps_the_article_s_own_name_for_an_actor_no_linked_name_mentions()
    {
        var stored = Article(1, "Yoon Suk-yeol");
        var unlinked = stored with { Document = stored.Document with { Mentions = [] } };

        Assert.Equal("Yoon Suk-yeol", SpeakerQuotes.Of(new LinkedArticles([unlinked, Article(2, "Yoon Suk Yeol")])).All[0].Speaker);
    }

    [Fact]
    public void Lists_the_person_once_among_the_people_under_the_who_is_who_name()
    {
        var yoon = Assert.Single(People.Of(new LinkedArticles(Articles)));

        Assert.Equal(("Yoon Suk Yeol", 6, 6), (yoon.Name, yoon.Quotes, yoon.Mentions));
        Assert.Equal([1L, 2L, 3L], yoon.Documents);
    }
}
