using Dossier.Store;

namespace Dossier.Engine;

/// <summary>Articles that tell one story, as <see cref="StoryClusterer"/> grouped them.</summary>
/// <param name="Id">The id of the article that started the story; it never changes as articles join, and a merge keeps the lower of two ids.</param>
/// <param name="Label">What the story is about in a few words: its most named entities, else its top content words.</param>
/// <param name="Entities">The people, organisations and places most of its articles name, most named first.</param>
/// <param name="Terms">Its highest-weighted content words (TF-IDF over every stored article).</param>
/// <param name="First">The earliest publication date of its articles; null when none is dated.</param>
/// <param name="Articles">Its articles by publication date then id, undated last (the order in which each adds to the story), with their who's who.</param>
public sealed record Story(
    long Id,
    string Label,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string> Terms,
    DateOnly? First,
    DateOnly? Last,
    LinkedArticles Articles)
{
    /// <summary>The ids of the stories merged into this one after they were stored, lowest first: each still names this story.</summary>
    public IReadOnlyList<long> Aliases { get; init; } = [];

    /// <summary>See <see cref="Articles"/>.</summary>
    public IReadOnlyList<StoredDocument> Documents => Articles.Documents;
}
