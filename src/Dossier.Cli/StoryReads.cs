using Dossier.Engine;
using Dossier.Store;

namespace Dossier.Cli;

/// <summary>What the story verbs read: every stored article, and the stories they make (new articles are placed first).</summary>
internal static class StoryReads
{
    public static async Task<List<StoredDocument>> DocumentsAsync(IDossierStore store, CancellationToken cancellationToken) =>
        await store.ReadAllAsync(cancellationToken).ToListAsync(cancellationToken);

    public static Task<IReadOnlyList<Story>> StoriesAsync(IDossierStore store, IReadOnlyList<StoredDocument> documents, CancellationToken cancellationToken) =>
        Stories.ReadAsync(store, documents, cancellationToken);

    /// <summary>The story with that id, or a one-line error that says where the ids are listed.</summary>
    public static Story Find(IReadOnlyList<Story> stories, long id) =>
        stories.FirstOrDefault(s => s.Id == id)
        ?? throw new CliException($"there is no story {id}; `dossier stories` lists them.");

    /// <summary>What each article adds to its story, story by story in the order given.</summary>
    public static List<ArticleAddition> Additions(IEnumerable<Story> stories) => [.. stories.SelectMany(ArticleAdditions.Of)];
}
