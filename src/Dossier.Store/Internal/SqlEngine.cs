using System.Data.Common;

namespace Dossier.Store.Internal;

/// <summary>What differs between the database engines behind <see cref="DossierStore"/>; everything else is shared SQL.</summary>
/// <param name="Name">Also the folder of its migrations: <c>Migrations/{Name}/NNNN_name.sql</c>.</param>
/// <param name="Open">Opens a connection from the engine's pool.</param>
/// <param name="MigrationLockSql">Run first in each migration's transaction so concurrent starters apply it once; null when the transaction itself serializes writers.</param>
/// <param name="CountTablesSql">Counts the tables named <c>@name</c> in the store's schema (0 or 1), from the engine's catalog.</param>
/// <param name="StoryLockSql">Run first in a story placement's transaction so one placer runs at a time across processes; null when the transaction itself serializes writers.</param>
/// <param name="LayerLockSql">Run first when a document's layers are replaced, so that waits for a placer that may be storing features made from the old layers, and replacers do not wait for each other; null when the transaction itself serializes writers.</param>
/// <param name="Target">The file or server it points at, for messages (never with a password).</param>
/// <param name="Owned">What the engine holds open for the store's lifetime (PostgreSQL's connection pool); disposed with the store.</param>
internal sealed record SqlEngine(
    string Name,
    Func<CancellationToken, ValueTask<DbConnection>> Open,
    string? MigrationLockSql,
    string CountTablesSql,
    string? StoryLockSql,
    string? LayerLockSql,
    string Target,
    IAsyncDisposable? Owned = null);
