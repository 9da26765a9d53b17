using Dossier.Engine;
using Dossier.Store;

namespace Dossier.Cli;

/// <summary>What the story verbs share: every story over every stored article (new articles are placed first), one story by id, and what their articles add.</summary>
internal static class StoryReads
{
    public static async Task<IReadOnlyList<Story>> StoriesAsync(IDossierStore store, CancellationToken cancellationToken) =>
        await Stories.ReadAsync(store, await StoreReads.AllAsync(store, cancellationToken), cancellationToken);

    /// <summary>The story with that id, or a one-line error that says where the ids are listed.</summary>
    public static Story Find(IReadOnlyList<Story> stories, long id) =>
        stories.FirstOrDefault(s => s.Id == id)
        ?? throw new CliException($"there is no story {id}; `dossier stories` lists them.");

    /// <summary>What each article adds to its story, story by story in the order given.</summary>
    public static List<ArticleAddition> Additions(IEnumerable<Story> stories) => [.. stories.SelectMany(ArticleAdditions.Of)];
}
