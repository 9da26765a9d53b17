using Dossier.Store.Internal;
using Microsoft.Data.Sqlite;

namespace Dossier.Store.Sqlite;

/// <summary>The embedded engine: one SQLite file in WAL mode, so readers never block the writer.</summary>
public static class SqliteDossierStore
{
    /// <summary>Opens (creating if needed) the database file and applies any migration it lacks.</summary>
    /// <exception cref="DirectoryNotFoundException">The file's folder does not exist.</exception>
    public static Task<DossierStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, SqliteOpenMode.ReadWriteCreate, cancellationToken);

    /// <summary>
    /// Opens an existing database file for reading only, as a user without write rights would: every
    /// read works (stories too), and any write fails. The file must have every migration already.
    /// </summary>
    public static Task<DossierStore> OpenReadOnlyAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, SqliteOpenMode.ReadOnly, cancellationToken);

    private static async Task<DossierStore> OpenAsync(string path, SqliteOpenMode mode, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The folder for the database does not exist: {directory}");
        }
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();

        // WAL is a property of the file: set once, it holds for every later connection. A reader cannot set it.
        if (mode != SqliteOpenMode.ReadOnly)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            // Asked first: a file the user may not write is already in WAL, and setting it again would be a write.
            await using var journal = Db.Command(connection, "PRAGMA journal_mode");
            if (!"wal".Equals(await journal.ExecuteScalarAsync(cancellationToken) as string, StringComparison.OrdinalIgnoreCase))
            {
                await using var wal = Db.Command(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) already serializes migrating writers.
        var engine = new SqlEngine(
            "Sqlite",
            Open,
            MigrationLockSql: null,
            CountTablesSql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name",
            StoryLockSql: null,
            LayerLockSql: null,
            Target: path);
        return await DossierStore.OpenAsync(engine, cancellationToken);

        async ValueTask<System.Data.Common.DbConnection> Open(CancellationToken token)
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(token);
            return connection;
        }
    }
}
