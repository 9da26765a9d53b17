using Dossier.Ingest;
using Dossier.Store;
using Dossier.Testing;

namespace Dossier.Engine.Tests;

/// <summary>What each seed article adds to the story the three of them tell.</summary>
public sealed class ArticleAdditionsTests
{
    private static readonly Lazy<Pipeline> Pipeline = new(DossierPipeline.Create);

    private static readonly Lazy<IReadOnlyList<ArticleAddition>> Seeds = new(() =>
    {
        var documents = ArticleReader.ExpandPaths([RepoPaths.Samples])
            .SelectMany(new ArticleReader().ReadFile)
            .Select((item, i) => new StoredDocument(i + 1, Pipeline.Value.Annotate(item.Document!), DateTimeOffset.UnixEpoch))
            .ToList();
        var story = Assert.Single(Stories.Describe(documents, documents.ToDictionary(d => d.Id, _ => 1L)));
        return ArticleAdditions.Of(story);
    });

    private static ArticleAddition Article(int id) => Seeds.Value.Single(a => a.DocumentId == id);

    [Fact]
    public void Lists_the_articles_in_publication_order()
    {
        Assert.Equal([(1L, 1), (2L, 2), (3L, 3)], Seeds.Value.Select(a => (a.DocumentId, a.Position)));
    }

    [Fact]
    public void The_first_article_adds_everything_it_names()
    {
        var first = Article(1);

        Assert.Contains("Taro Aso", first.Entities.Select(e => e.Name));
        Assert.Contains("Kan Kimura", first.Entities.Select(e => e.Name));
        Assert.Contains(first.DatedMentions, m => m.Value == "2022-11-02");
    }

    [Fact]
    public void The_second_article_adds_Park_Jin_Lee_Won_deog_and_Choi_Eun_mi_with_their_quotes_and_titles()
    {
        var second = Article(2);

        Assert.Equal(["Choi Eun-mi", "Lee Won-deog", "Park Jin"], second.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Order(StringComparer.Ordinal));
        var speakers = second.Quotes.Select(q => q.Speaker).ToHashSet();
        Assert.Superset(new HashSet<string> { "Park Jin", "Lee Won-deog", "Choi Eun-mi" }, speakers);
        Assert.Contains(second.Roles, r => r.Person == "Park Jin" && r.Role.Title == "Foreign Minister");
        Assert.Contains(second.Roles, r => r.Person == "Lee Won-deog" && r.Role.Affiliation == "Kookmin University");
    }

    [Fact]
    public void The_second_article_does_not_add_the_people_the_first_named()
    {
        var names = Article(2).Entities.Select(e => e.Name).ToList();

        Assert.DoesNotContain(names, n => n.StartsWith("Yoon", StringComparison.Ordinal) || n == "Fumio Kishida");
    }

    [Fact]
    public void The_third_article_adds_the_dates_of_the_G7_summit_in_Hiroshima()
    {
        var third = Article(3);

        Assert.Equal([("2023-05-19", "Friday"), ("2023-05-21", "Sunday")], third.DatedMentions.Select(m => (m.Value, m.Text)));
    }

    [Fact]
    public void The_G7_is_not_new_in_the_third_article_because_the_second_named_the_Group_of_Seven()
    {
        Assert.Contains("Group of Seven", Article(2).Entities.Select(e => e.Name));
        Assert.DoesNotContain(Article(3).Entities, e => e.Name is "G-7" or "Group of Seven");
    }

    [Fact]
    public void A_title_said_again_with_an_affiliation_is_not_new()
    {
        // Article 3 calls Kishida "Japanese Prime Minister"; article 1 already called him Prime Minister.
        Assert.DoesNotContain(Article(3).Roles, r => r.Person.Contains("Kishida", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_repeated_word_for_word_in_a_later_article_is_not_new()
    {
        var pipeline = Pipeline.Value;
        StoredDocument Stored(long id, string text, int day) =>
            new(id, pipeline.Annotate(new Document(text, new DocumentSource($"{id}.txt"), new DateOnly(2023, 3, day))), DateTimeOffset.UnixEpoch);
        var documents = new List<StoredDocument>
        {
            Stored(1, "“We will never give up,” Park Jin said on Monday.", 6),
            Stored(2, "Talks resumed on Tuesday. “We will never give up,” Park Jin said. “Tokyo must act,” added Choi Eun-mi.", 7),
        };
        var story = Stories.Describe(documents, new Dictionary<long, long> { [1] = 1, [2] = 1 }).Single();

        var second = ArticleAdditions.Of(story)[1];

        var quote = Assert.Single(second.Quotes);
        Assert.Equal("Choi Eun-mi", quote.Speaker);
        Assert.Equal(["2023-03-07"], second.DatedMentions.Select(m => m.Value));
    }
}
