namespace Dossier.Store;

/// <summary>
/// Where documents and all their annotation layers live. SQLite is the embedded default;
/// every implementation passes the same contract tests.
/// </summary>
public interface IDossierStore : IAsyncDisposable
{
    /// <summary>
    /// Stores the document and every layer it carries in one transaction. Content already
    /// stored (same <see cref="Document.ContentHash"/>) is not added again.
    /// </summary>
    Task<SaveResult> SaveAsync(Document document, CancellationToken cancellationToken = default);

    /// <summary>Every document, oldest publication date first, undated last.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default);

    /// <returns>The document with every stored layer, or null when there is no such id.</returns>
    Task<StoredDocument?> GetDocumentAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Every document with its layers, in the order of <see cref="ListDocumentsAsync"/>.</summary>
    IAsyncEnumerable<StoredDocument> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every document with only those of <paramref name="layers"/> it has (its <see cref="Document.Layers"/>
    /// says which), in the order of <see cref="ListDocumentsAsync"/>: a view that needs one layer of
    /// every article (the linker: mentions) need not read their tokens.
    /// </summary>
    IAsyncEnumerable<StoredDocument> ReadAllAsync(Layer layers, CancellationToken cancellationToken = default);

    /// <summary>The story of every document that has one: document id to story id.</summary>
    Task<IReadOnlyDictionary<long, long>> ReadStoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Places documents in stories, one placer at a time across processes and threads: under the
    /// store's lock it reads the stored placements, asks <paramref name="place"/> for new ones
    /// (document id to story id) and saves them in the same transaction. A document that already
    /// has a story keeps it, so a story's articles never move.
    /// </summary>
    /// <param name="place">Given the stored placements; may read the store meanwhile, but not place.</param>
    /// <returns>How many documents were placed.</returns>
    Task<int> PlaceStoriesAsync(
        Func<IReadOnlyDictionary<long, long>, CancellationToken, Task<IReadOnlyCollection<KeyValuePair<long, long>>>> place,
        CancellationToken cancellationToken = default);
}
