using System.Data.Common;
using System.Globalization;

namespace Dossier.Store.Internal;

/// <summary>
/// Applies the embedded migrations a database lacks, each in its own transaction, in version
/// order. Whether a version is applied is checked inside that transaction, after the engine's
/// lock, so several processes starting at once apply each migration exactly once. A database
/// that already has every migration is only read, so a user with read rights alone can open it.
/// </summary>
internal static class Migrator
{
    public static async Task ApplyAsync(SqlEngine engine, DbConnection connection, CancellationToken cancellationToken)
    {
        var scripts = MigrationScript.LoadAll(engine.Name);
        if (await AppliedAsync(engine, connection, cancellationToken) is { } applied && scripts.All(s => applied.Contains(s.Version)))
        {
            return;
        }
        // PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a concurrent twin, so even this takes the lock.
        await using (var setup = await LockedTransactionAsync(engine, connection, cancellationToken))
        {
            await using var create = Db.Command(connection,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", setup);
            await create.ExecuteNonQueryAsync(cancellationToken);
            await setup.CommitAsync(cancellationToken);
        }
        foreach (var script in scripts)
        {
            await using var transaction = await LockedTransactionAsync(engine, connection, cancellationToken);
            await using (var check = Db.Command(connection, "SELECT COUNT(*) FROM schema_migrations WHERE version = @version", transaction, ("@version", script.Version)))
            {
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
                {
                    continue;
                }
            }
            await using (var migrate = Db.Command(connection, script.Sql, transaction))
            {
                await migrate.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var record = Db.Command(connection,
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)", transaction,
                ("@version", script.Version), ("@name", script.Name), ("@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture))))
            {
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <returns>The versions recorded, or null when the database has no <c>schema_migrations</c> table yet.</returns>
    private static async Task<HashSet<int>?> AppliedAsync(SqlEngine engine, DbConnection connection, CancellationToken cancellationToken)
    {
        // Asking the catalog first rather than letting a SELECT fail on a new database.
        await using (var check = Db.Command(connection, engine.CountTablesSql, null, ("@name", "schema_migrations")))
        {
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }
        }
        var versions = await Db.QueryAsync(connection, "SELECT version FROM schema_migrations", r => r.GetInt32(0), cancellationToken);
        return [.. versions];
    }

    private static async Task<DbTransaction> LockedTransactionAsync(SqlEngine engine, DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (engine.MigrationLockSql is { } lockSql)
        {
            await using var take = Db.Command(connection, lockSql, transaction);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }
        return transaction;
    }
}
