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
}
