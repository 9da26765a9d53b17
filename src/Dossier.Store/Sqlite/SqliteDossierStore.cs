using Dossier.Store.Internal;
using Microsoft.Data.Sqlite;

namespace Dossier.Store.Sqlite;

/// <summary>The embedded engine: one SQLite file in WAL mode, so readers never block the writer.</summary>
public static class SqliteDossierStore
{
    /// <summary>Opens (creating if needed) the database file and applies any migration it lacks.</summary>
    /// <exception cref="DirectoryNotFoundException">The file's folder does not exist.</exception>
    public static async Task<DossierStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The folder for the database does not exist: {directory}");
        }
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();

        // WAL is a property of the file: set once, it holds for every later connection.
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var wal = Db.Command(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) already serializes migrating writers.
        var engine = new SqlEngine("Sqlite", Open, MigrationLockSql: null, Target: path);
        return await DossierStore.OpenAsync(engine, cancellationToken);

        async ValueTask<System.Data.Common.DbConnection> Open(CancellationToken token)
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(token);
            return connection;
        }
    }
}
