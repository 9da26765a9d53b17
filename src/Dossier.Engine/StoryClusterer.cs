using Dossier.Engine.Internal;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// Groups articles into stories in one pass, as topic detection and tracking does: each article
/// not yet in a story joins the story it is most like, or starts a new one when no story scores
/// <see cref="StoryOptions.Threshold"/>. An article is compared with a story's centroid on TF-IDF
/// content words and on linked entities (cosine each, mixed by <see cref="StoryOptions.EntityWeight"/>),
/// and the score falls with the days between the article and the story. Articles already in a
/// story stay there; the new ones are placed in id order, the order they arrived. Then the stories
/// the batch touched merge with any story they score <see cref="StoryOptions.MergeThreshold"/> against,
/// stored stories included: the lower id survives, and the articles of the other move to it. The
/// result depends only on the input, never on timing or threads.
/// </summary>
public sealed class StoryClusterer(StoryOptions options)
{
    public StoryClusterer()
        : this(StoryOptions.Default)
    {
    }

    /// <param name="documents">Every article to place, with its layers.</param>
    /// <param name="known">Articles already in a story: document id to story id. They stay together; their story changes only when it merges into one with a lower id.</param>
    /// <returns>The story of every document: document id to story id, the lowest id of the articles that started the stories merged into it.</returns>
    public Dictionary<long, long> Assign(IReadOnlyList<StoredDocument> documents, IReadOnlyDictionary<long, long> known)
    {
        var features = documents.Select(ArticleFeatures.Of).ToList();
        return Assign(features, new TermWeights(features), known);
    }

    /// <summary>
    /// Places the articles as ingestion does when they arrive <paramref name="batchSize"/> at a time:
    /// in id order, each batch against the stories of the earlier batches (merges included), with the
    /// term weights over every article stored so far.
    /// </summary>
    /// <returns>The story of every document once the last batch is placed.</returns>
    public Dictionary<long, long> AssignInBatches(IReadOnlyList<StoredDocument> documents, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var features = documents.Select(ArticleFeatures.Of).OrderBy(f => f.Id).ToList();
        var assignment = new Dictionary<long, long>();
        for (var stored = Math.Min(batchSize, features.Count); assignment.Count < features.Count; stored = Math.Min(stored + batchSize, features.Count))
        {
            var batch = features[..stored];
            assignment = Assign(batch, new TermWeights(batch), assignment);
        }
        return assignment;
    }

    /// <param name="articles">Every article to place, in any order.</param>
    /// <param name="weights">The term weights over <paramref name="articles"/>.</param>
    internal Dictionary<long, long> Assign(IEnumerable<ArticleFeatures> articles, TermWeights weights, IReadOnlyDictionary<long, long> known)
    {
        var features = articles.OrderBy(f => f.Id).ToList();
        var stories = new Dictionary<long, StoryDraft>();
        var termIndex = new Dictionary<string, List<StoryDraft>>(StringComparer.Ordinal);
        var entityIndex = new Dictionary<string, List<StoryDraft>>(StringComparer.Ordinal);
        var assignment = new Dictionary<long, long>();
        var touched = new HashSet<long>();

        void Place(ArticleFeatures article, long storyId, (Dictionary<string, double> Terms, Dictionary<string, double> Entities) vectors)
        {
            if (!stories.TryGetValue(storyId, out var story))
            {
                stories[storyId] = story = new StoryDraft(storyId);
            }
            Index(termIndex, story, story.Terms, vectors.Terms);
            Index(entityIndex, story, story.Entities, vectors.Entities);
            story.Add(vectors.Terms, vectors.Entities, article.Published);
            assignment[article.Id] = storyId;
        }

        foreach (var article in features.Where(f => known.ContainsKey(f.Id)))
        {
            Place(article, known[article.Id], weights.Vectors(article, options.TermsPerArticle));
        }
        foreach (var article in features.Where(f => !known.ContainsKey(f.Id)))
        {
            var vectors = weights.Vectors(article, options.TermsPerArticle);
            var best = Best(article, vectors.Terms, vectors.Entities, termIndex, entityIndex);
            Place(article, best?.Id ?? article.Id, vectors);
            touched.Add(assignment[article.Id]);
        }
        var merged = StoryMerges.Of(stories.Values, touched, Score, options.MergeThreshold);
        foreach (var (id, story) in assignment.ToList())
        {
            if (merged.TryGetValue(story, out var into))
            {
                assignment[id] = into;
            }
        }
        return assignment;
    }

    private StoryDraft? Best(
        ArticleFeatures article,
        Dictionary<string, double> terms,
        Dictionary<string, double> entities,
        Dictionary<string, List<StoryDraft>> termIndex,
        Dictionary<string, List<StoryDraft>> entityIndex)
    {
        var termDots = Dots(terms, termIndex, story => story.Terms);
        var entityDots = Dots(entities, entityIndex, story => story.Entities);
        StoryDraft? best = null;
        var bestScore = options.Threshold;
        foreach (var story in termDots.Keys.Union(entityDots.Keys))
        {
            var termCosine = story.Terms.Norm > 0 ? termDots.GetValueOrDefault(story) / story.Terms.Norm : 0;
            var entityCosine = entities.Count > 0 && story.Entities.Norm > 0 ? entityDots.GetValueOrDefault(story) / story.Entities.Norm : (double?)null;
            var score = Score(termCosine, entityCosine, story.DaysFrom(article.Published));
            if (score > bestScore || (score == bestScore && best is not null && story.Id < best.Id))
            {
                best = story;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>How alike two stories are, as <see cref="Score(double, double?, int?)"/> scores an article against a story.</summary>
    private double Score(StoryDraft first, StoryDraft second) =>
        Score(
            first.Terms.Cosine(second.Terms),
            first.Entities.Norm > 0 && second.Entities.Norm > 0 ? first.Entities.Cosine(second.Entities) : null,
            first.DaysFrom(second));

    /// <param name="entityCosine">Null when either side names no entity: the words alone decide then, rather than a zero pulling the score down.</param>
    /// <param name="days">Days between the two; null when either is undated, which counts as <see cref="StoryOptions.UndatedDays"/>.</param>
    private double Score(double termCosine, double? entityCosine, int? days)
    {
        var similarity = entityCosine is { } cosine ? (1 - options.EntityWeight) * termCosine + options.EntityWeight * cosine : termCosine;
        return similarity / (1 + (days ?? options.UndatedDays) / options.TimeScaleDays);
    }

    /// <summary>The dot product of <paramref name="vector"/> with the centroid of every story that shares a key with it.</summary>
    private static Dictionary<StoryDraft, double> Dots(Dictionary<string, double> vector, Dictionary<string, List<StoryDraft>> index, Func<StoryDraft, Centroid> centroid)
    {
        var dots = new Dictionary<StoryDraft, double>();
        foreach (var (key, weight) in vector)
        {
            if (index.TryGetValue(key, out var stories))
            {
                foreach (var story in stories)
                {
                    dots[story] = dots.GetValueOrDefault(story) + weight * centroid(story).Weights[key];
                }
            }
        }
        return dots;
    }

    /// <summary>Lists the story under each key it does not have yet.</summary>
    private static void Index(Dictionary<string, List<StoryDraft>> index, StoryDraft story, Centroid centroid, Dictionary<string, double> vector)
    {
        foreach (var key in vector.Keys)
        {
            if (!centroid.Weights.ContainsKey(key))
            {
                if (!index.TryGetValue(key, out var stories))
                {
                    index[key] = stories = [];
                }
                stories.Add(story);
            }
        }
    }
}
