using Dossier.Store;
using Dossier.Testing;

namespace Dossier.Engine.Tests;

/// <summary>
/// The clusterer on real news, read from the shared archives (no text is committed): the seeds, the
/// Guardian's H1N1 articles and the BBC's business articles, mixed into one stream.
/// </summary>
public sealed class StoryCorporaTests
{
    private static readonly Lazy<(Dictionary<long, long> Found, Dictionary<long, string> Gold)> Run = new(() =>
    {
        var pipeline = DossierPipeline.Create();
        var articles = StoryCorpus.Mixed(
            StoryCorpus.Seeds(RepoPaths.Samples)
                .Concat(StoryCorpus.H1N1(Path.Combine(SharedData.Folder!, StoryCorpus.H1N1Archive)).Where(a => a.Document.Source.Location.Contains("H1N1_guardian", StringComparison.Ordinal)))
                .Concat(StoryCorpus.Bbc(Path.Combine(SharedData.Folder!, StoryCorpus.BbcArchive)).Where(a => a.Gold.Contains("/business/", StringComparison.Ordinal))));
        var documents = articles.AsParallel().AsOrdered()
            .Select((a, i) => new StoredDocument(i + 1, pipeline.Annotate(a.Document), DateTimeOffset.UnixEpoch))
            .ToList();
        var gold = documents.ToDictionary(d => d.Id, d => articles[(int)d.Id - 1].Gold);
        return (new StoryClusterer().Assign(documents, new Dictionary<long, long>()), gold);
    });

    private static GoldStoryScore Group(string gold) => StoryEvaluation.Score(Run.Value.Found, Run.Value.Gold).Groups.Single(g => g.Gold == gold);

    [StoryCorporaFact]
    public void The_seeds_make_one_story_that_nothing_else_joins()
    {
        var seeds = Group(StoryCorpus.SeedStory);

        Assert.Equal((3, 1, 0), (seeds.Articles, seeds.Stories, seeds.Intruders));
    }

    [StoryCorporaFact]
    public void Flu_articles_are_seldom_put_with_business_news()
    {
        var h1n1 = Group(StoryCorpus.H1N1Story);

        Assert.True(h1n1.Precision >= 0.9, $"B-cubed precision over H1N1 is {h1n1.Precision:P1}");
    }

    [StoryCorporaFact]
    public void The_largest_flu_story_holds_most_of_the_flu_articles()
    {
        var h1n1 = Group(StoryCorpus.H1N1Story);

        Assert.True(h1n1.Largest * 2 > h1n1.Articles, $"The largest story holds {h1n1.Largest} of {h1n1.Articles} H1N1 articles");
    }
}
