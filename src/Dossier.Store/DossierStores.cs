using Dossier.Store.Postgres;
using Dossier.Store.Sqlite;

namespace Dossier.Store;

public static class DossierStores
{
    /// <summary>
    /// Opens the store <paramref name="target"/> names: a PostgreSQL URI or connection string,
    /// else the path of a SQLite file.
    /// </summary>
    public static async Task<DossierStore> OpenAsync(string target, CancellationToken cancellationToken = default) =>
        PostgresDossierStore.IsConnection(target)
            ? await PostgresDossierStore.OpenAsync(target, cancellationToken)
            : await SqliteDossierStore.OpenAsync(target, cancellationToken);
}
