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

    /// <returns>The document with only those of <paramref name="layers"/> it has (<see cref="Layer.None"/>: its text, source and date alone), or null when there is no such id.</returns>
    Task<StoredDocument?> GetDocumentAsync(long id, Layer layers, CancellationToken cancellationToken = default);

    /// <summary>Every document's id and the version of the pipeline that made its layers, in id order.</summary>
    Task<IReadOnlyList<DocumentVersion>> ListAnnotationVersionsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces every stored layer of document <paramref name="id"/> with those <paramref name="annotated"/>
    /// carries and records its <see cref="Document.AnnotationVersion"/>, in one transaction. The
    /// document's id, text, source, date, hash, ingestion time and story stay; its story features are
    /// dropped, after any placement under way has stored them. Concurrent callers on
    /// one document take turns; unless <paramref name="evenIfCurrent"/>, a document that already has
    /// the version of <paramref name="annotated"/> (another process got there first) is left as it is.
    /// </summary>
    /// <param name="annotated">The stored text, annotated again: its content hash must be the stored one.</param>
    /// <returns>False when nothing was replaced: no document has that id and text, or it was current.</returns>
    Task<bool> ReplaceLayersAsync(long id, Document annotated, bool evenIfCurrent = false, CancellationToken cancellationToken = default);

    /// <summary>Every document with its layers, in the order of <see cref="ListDocumentsAsync"/>.</summary>
    IAsyncEnumerable<StoredDocument> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every document with only those of <paramref name="layers"/> it has (its <see cref="Document.Layers"/>
    /// says which), in the order of <see cref="ListDocumentsAsync"/>: a view that needs one layer of
    /// every article (the linker: mentions) need not read their tokens.
    /// </summary>
    IAsyncEnumerable<StoredDocument> ReadAllAsync(Layer layers, CancellationToken cancellationToken = default);

    /// <summary>The story of every document that has one, and the ids of the stories merged into another.</summary>
    Task<StoredStories> ReadStoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The story features stored with earlier placements (<see cref="StoryPlacement.Features"/>), in no
    /// particular order. A document has none when no placement has made them since it was stored (or
    /// since its layers were last replaced, which drops them).
    /// </summary>
    Task<IReadOnlyList<StoryFeatures>> ReadStoryFeaturesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Places documents in stories, one placer at a time across processes and threads: under the
    /// store's lock it reads the stored placements, asks <paramref name="place"/> for new ones and
    /// for merges of stored stories, and saves them, with the story features it made, in the same transaction. A document that already
    /// has a story keeps it, unless its whole story merges into another.
    /// </summary>
    /// <param name="place">Given the stored placements (document id to story id); may read the store meanwhile, but not place.</param>
    /// <returns>How many documents were placed; the articles moved by merges are not counted.</returns>
    Task<int> PlaceStoriesAsync(
        Func<IReadOnlyDictionary<long, long>, CancellationToken, Task<StoryPlacement>> place,
        CancellationToken cancellationToken = default);
}
