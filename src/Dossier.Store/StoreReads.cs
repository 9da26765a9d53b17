namespace Dossier.Store;

public static class StoreReads
{
    /// <summary>Every stored document with its layers, in the store's order (oldest first, undated last).</summary>
    public static Task<List<StoredDocument>> AllAsync(IDossierStore store, CancellationToken cancellationToken) =>
        ToListAsync(store.ReadAllAsync(cancellationToken), cancellationToken);

    /// <summary>Every stored document with only the given layers, in the store's order.</summary>
    public static Task<List<StoredDocument>> AllAsync(IDossierStore store, Layer layers, CancellationToken cancellationToken) =>
        ToListAsync(store.ReadAllAsync(layers, cancellationToken), cancellationToken);

    private static async Task<List<StoredDocument>> ToListAsync(IAsyncEnumerable<StoredDocument> read, CancellationToken cancellationToken)
    {
        var documents = new List<StoredDocument>();
        await foreach (var stored in read.WithCancellation(cancellationToken))
        {
            documents.Add(stored);
        }
        return documents;
    }
}
