using System.Data.Common;
using System.Globalization;

namespace Dossier.Store.Internal;

/// <summary>
/// Applies the embedded migrations a database lacks, each in its own transaction, in version
/// order. Whether a version is applied is checked inside that transaction, after the engine's
/// lock, so several processes starting at once apply each migration exactly once.
/// </summary>
internal static class Migrator
{
    public static async Task ApplyAsync(SqlEngine engine, DbConnection connection, CancellationToken cancellationToken)
    {
        // PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a concurrent twin, so even this takes the lock.
        await using (var setup = await LockedTransactionAsync(engine, connection, cancellationToken))
        {
            await using var create = Db.Command(connection,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", setup);
            await create.ExecuteNonQueryAsync(cancellationToken);
            await setup.CommitAsync(cancellationToken);
        }
        foreach (var script in MigrationScript.LoadAll(engine.Name))
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
