using Dossier.Engine;
using Dossier.Store;

namespace Dossier.Cli;

/// <summary>What the story verbs share: every story over every stored article, one story by id, and what their articles add.</summary>
internal static class StoryReads
{
    public static async Task<IReadOnlyList<Story>> StoriesAsync(CliContext context, IDossierStore store, CancellationToken cancellationToken) =>
        await StoriesAsync(context, store, await StoreReads.AllAsync(store, cancellationToken), cancellationToken);

    /// <summary>The stories of <paramref name="documents"/>, with a note when some had no stored story yet.</summary>
    public static async Task<IReadOnlyList<Story>> StoriesAsync(CliContext context, IDossierStore store, IReadOnlyList<StoredDocument> documents, CancellationToken cancellationToken)
    {
        var reading = await Stories.ReadAsync(store, documents, cancellationToken);
        if (reading.Unplaced > 0)
        {
            context.WriteNote(
                $"{reading.Unplaced} of {documents.Count} articles have no stored story yet (stored before stories were placed on ingest, or an ingest was stopped); "
                + "they are placed for this output only. The next `dossier ingest` into this database stores their stories.");
        }
        return reading.Stories;
    }

    /// <summary>
    /// The story with that id, or the one it merged into (with a note that says so), or a one-line
    /// error that says where the ids are listed.
    /// </summary>
    public static Story Find(CliContext context, IReadOnlyList<Story> stories, long id)
    {
        var story = Stories.Find(stories, id) ?? throw new CliException($"there is no story {id}; `dossier stories` lists them.");
        if (story.Id != id)
        {
            context.WriteNote($"story {id} was merged into story {story.Id}, which holds its articles.");
        }
        return story;
    }

    /// <summary>What each article adds to its story, story by story in the order given.</summary>
    public static List<ArticleAddition> Additions(IEnumerable<Story> stories) => [.. stories.SelectMany(ArticleAdditions.Of)];
}
