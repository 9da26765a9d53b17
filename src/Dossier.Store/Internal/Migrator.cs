using System.Data.Common;
using System.Globalization;

namespace Dossier.Store.Internal;

/// <summary>Applies the embedded migrations a database lacks, each in its own transaction, in version order.</summary>
internal static class Migrator
{
    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var create = Db.Command(connection,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var applied = (await Db.QueryAsync(connection, "SELECT version FROM schema_migrations", r => r.GetInt32(0), cancellationToken)).ToHashSet();
        foreach (var script in MigrationScript.LoadAll().Where(s => !applied.Contains(s.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
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
}
