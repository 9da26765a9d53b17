namespace Dossier.Store;

public static class StoreReads
{
    /// <summary>Every stored document with its layers, in the store's order (oldest first, undated last).</summary>
    public static async Task<List<StoredDocument>> AllAsync(IDossierStore store, CancellationToken cancellationToken)
    {
        var documents = new List<StoredDocument>();
        await foreach (var stored in store.ReadAllAsync(cancellationToken))
        {
            documents.Add(stored);
        }
        return documents;
    }
}
