using Dossier.Store;

namespace Dossier.Engine.Tests;

public sealed class StoryClustererTests
{
    private static readonly Lazy<Pipeline> Pipeline = new(DossierPipeline.Create);

    internal static readonly string[] Dispute =
    [
        "date 2023-03-06 Seoul announced a plan on Monday to compensate Koreans forced to work for Japanese companies during the war. Foreign Minister Park Jin said the fund would pay the victims. Tokyo welcomed the wartime labor plan.",
        "date 2023-03-07 Victims of wartime forced labor rejected Seoul's compensation plan, saying Japanese companies must pay. Park Jin defended the fund for the victims. Tokyo said the plan could mend ties.",
        "date 2023-03-16 Yoon Suk Yeol met Fumio Kishida in Tokyo after Seoul's plan to compensate wartime labor victims. Kishida said the compensation fund opened a new chapter for Japanese and Korean ties.",
    ];

    internal static readonly string[] Football =
    [
        "date 2023-03-11 Arsenal beat Fulham 3-0 at Craven Cottage. Gabriel Martinelli scored the second goal and the striker praised the defence after the league match.",
        "date 2023-03-12 Arsenal stretched their lead at the top of the league after the win over Fulham. Martinelli said the striker and the defence played their best match of the season.",
    ];

    /// <summary>Two stories that share little (a compensation plan, a summit), and a later article that tells both.</summary>
    internal static readonly string[] Bridged =
    [
        "date 2023-03-06 Seoul announced a plan on Monday to compensate Koreans forced to work for Japanese companies during the war. Foreign Minister Park Jin said a public fund would pay the victims of wartime labor.",
        "date 2023-03-10 Yoon Suk Yeol will fly to Tokyo next week for a summit with Fumio Kishida, the first such visit in twelve years. Kishida said the leaders would discuss security and trade.",
        "date 2023-03-16 Yoon Suk Yeol met Fumio Kishida in Tokyo at a summit on security and trade. Kishida praised Seoul's plan to compensate Koreans forced to work for Japanese companies during the war, and said the fund for the victims of wartime labor opened a new chapter.",
    ];

    /// <summary>A merge threshold at which <see cref="Bridged"/>'s first two stories stay apart and the third article joins them.</summary>
    internal static readonly StoryOptions BridgeOptions = StoryOptions.Default with { MergeThreshold = 0.25 };

    private static List<StoredDocument> Stored(params string[] texts) =>
    [
        .. texts.Select((text, i) =>
        {
            var date = DateOnly.ParseExact(text[5..15], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var document = Pipeline.Value.Annotate(new Document(text[16..], new DocumentSource($"{i + 1}.txt"), date));
            return new StoredDocument(i + 1, document, DateTimeOffset.UnixEpoch);
        }),
    ];

    [Fact]
    public void Puts_articles_on_one_dispute_in_one_story_and_a_football_match_in_another()
    {
        var documents = Stored([Dispute[0], Football[0], Dispute[1], Football[1], Dispute[2]]);

        var stories = new StoryClusterer().Assign(documents, new Dictionary<long, long>());

        Assert.Equal([1L, 2L, 1L, 2L, 1L], documents.Select(d => stories[d.Id]));
    }

    [Fact]
    public void Keeps_articles_where_they_already_are()
    {
        var documents = Stored([Dispute[0], Dispute[1], Football[0]]);

        // An earlier decision (a stricter threshold, say) put the second article on the dispute in a story of its own.
        var stories = new StoryClusterer().Assign(documents, new Dictionary<long, long> { [1] = 1, [2] = 2 });

        Assert.Equal([1L, 2L, 3L], documents.Select(d => stories[d.Id]));
    }

    [Fact]
    public void Places_a_new_article_in_the_story_it_continues()
    {
        var documents = Stored([Dispute[0], Football[0], Dispute[1], Football[1]]);

        var stories = new StoryClusterer().Assign(documents, new Dictionary<long, long> { [1] = 1, [2] = 2, [3] = 1 });

        Assert.Equal(2, stories[4]);
    }

    [Fact]
    public void Gives_the_same_stories_on_every_run()
    {
        var documents = Stored([.. Dispute, .. Football]);

        var first = new StoryClusterer().Assign(documents, new Dictionary<long, long>());
        var second = new StoryClusterer().Assign(documents.AsEnumerable().Reverse().ToList(), new Dictionary<long, long>());

        Assert.Equal(first.OrderBy(p => p.Key).ToArray(), second.OrderBy(p => p.Key).ToArray());
    }

    [Fact]
    public void Starts_a_story_for_every_article_when_nothing_may_join()
    {
        var documents = Stored([.. Dispute]);

        var stories = new StoryClusterer(StoryOptions.Default with { Threshold = 1, MergeThreshold = 1 }).Assign(documents, new Dictionary<long, long>());

        Assert.Equal([1L, 2L, 3L], documents.Select(d => stories[d.Id]));
    }

    [Fact]
    public void Merges_the_stories_a_batch_started_when_they_tell_one_story()
    {
        var documents = Stored([Dispute[0], Football[0], Dispute[1]]);

        // No article may join a story as it arrives, so each starts one; the merge then finds the two stories.
        var stories = new StoryClusterer(StoryOptions.Default with { Threshold = 1 }).Assign(documents, new Dictionary<long, long>());

        Assert.Equal([1L, 2L, 1L], documents.Select(d => stories[d.Id]));
    }

    [Fact]
    public void Merges_two_stored_stories_when_a_later_article_bridges_them_and_the_lower_id_survives()
    {
        var documents = Stored(Bridged[0], Football[0], Bridged[1], Football[1], Bridged[2]);
        var clusterer = new StoryClusterer(BridgeOptions);

        // The first four arrive in one batch, the bridge in the next.
        var stored = clusterer.AssignInBatches(documents[..4], 4);
        var bridged = clusterer.AssignInBatches(documents, 4);

        Assert.Equal([1L, 2L, 3L, 2L], documents[..4].Select(d => stored[d.Id]));
        Assert.Equal([1L, 2L, 1L, 2L, 1L], documents.Select(d => bridged[d.Id]));
    }

    [Fact]
    public void A_late_article_with_a_lower_id_gives_its_id_to_the_stored_story_it_merges_with()
    {
        var documents = Stored([.. Dispute]);

        // Articles 2 and 3 are stored in stories of their own; article 1 arrives late (a concurrent writer's lower id).
        var stories = new StoryClusterer(StoryOptions.Default with { Threshold = 1 }).Assign(documents, new Dictionary<long, long> { [2] = 2, [3] = 3 });

        Assert.Equal(1L, stories[1]);
        Assert.Contains(1L, new[] { stories[2], stories[3] });
    }

    [Fact]
    public void Places_in_batches_as_one_batch_when_the_batch_holds_every_article()
    {
        var documents = Stored([.. Dispute, .. Football]);
        var clusterer = new StoryClusterer();

        Assert.Equal(
            clusterer.Assign(documents, new Dictionary<long, long>()).OrderBy(p => p.Key).ToArray(),
            clusterer.AssignInBatches(documents, documents.Count).OrderBy(p => p.Key).ToArray());
    }

    [Fact]
    public void Counts_an_undated_article_as_days_away_from_the_story()
    {
        var dated = Stored(Dispute[0], Dispute[0]);
        var undated = new List<StoredDocument> { dated[0], new(2, Pipeline.Value.Annotate(new Document(Dispute[0][16..], new DocumentSource("2.txt"), null)), DateTimeOffset.UnixEpoch) };
        // The same text scores 1 when dated; undated, it scores 1 / (1 + 30 / 365) = 0.92.
        var options = StoryOptions.Default with { Threshold = 0.95, MergeThreshold = 1, UndatedDays = 30 };
        var known = new Dictionary<long, long> { [1] = 1 };

        var whenDated = new StoryClusterer(options).Assign(dated, known);
        var whenUndated = new StoryClusterer(options).Assign(undated, known);
        var whenUndatedCountsNothing = new StoryClusterer(options with { UndatedDays = 0 }).Assign(undated, known);

        Assert.Equal((1L, 2L, 1L), (whenDated[2], whenUndated[2], whenUndatedCountsNothing[2]));
    }

    [Fact]
    public void Describes_a_story_by_its_most_named_entities_and_dates()
    {
        var documents = Stored([.. Dispute, .. Football]);
        var assignment = new StoryClusterer().Assign(documents, new Dictionary<long, long>());

        var dispute = Stories.Describe(documents, assignment).Single(s => s.Id == 1);

        Assert.Equal([1L, 2L, 3L], dispute.Documents.Select(d => d.Id));
        Assert.Equal(new DateOnly(2023, 3, 6), dispute.First);
        Assert.Equal(new DateOnly(2023, 3, 16), dispute.Last);
        Assert.Contains("Seoul", dispute.Entities);
        Assert.StartsWith(dispute.Entities[0], dispute.Label, StringComparison.Ordinal);
    }
}
