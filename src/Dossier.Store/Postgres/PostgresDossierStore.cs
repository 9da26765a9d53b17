using Dossier.Store.Internal;
using Npgsql;

namespace Dossier.Store.Postgres;

/// <summary>The server engine: many readers and many ingestion workers share one PostgreSQL database.</summary>
public static class PostgresDossierStore
{
    /// <summary>Key of the advisory lock that serializes migrations across processes (any fixed number will do).</summary>
    private const long MigrationLockKey = 0x_D055_1E12;

    /// <summary>Key of the advisory lock that lets one process at a time place articles in stories.</summary>
    private const long StoryLockKey = 0x_D055_1E13;

    /// <param name="connection">A connection string (<c>Host=…;Database=…;Username=…</c>) or a URI (<c>postgresql://user:pass@host:5432/db</c>).</param>
    /// <exception cref="NpgsqlException">The server cannot be reached or refuses the login.</exception>
    public static async Task<DossierStore> OpenAsync(string connection, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(ToConnectionString(connection));
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        var target = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        var engine = new SqlEngine(
            "Postgres",
            async token => await dataSource.OpenConnectionAsync(token),
            MigrationLockSql: $"SELECT pg_advisory_xact_lock({MigrationLockKey})",
            CountTablesSql: "SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = @name",
            StoryLockSql: $"SELECT pg_advisory_xact_lock({StoryLockKey})",
            LayerLockSql: $"SELECT pg_advisory_xact_lock_shared({StoryLockKey})",
            Target: target,
            Owned: dataSource);
        return await DossierStore.OpenAsync(engine, cancellationToken);
    }

    /// <summary>True for a PostgreSQL URI or a key=value connection string naming a host.</summary>
    public static bool IsConnection(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (target.Contains('=', StringComparison.Ordinal) && target.Contains("host", StringComparison.OrdinalIgnoreCase));

    /// <summary>Turns <c>postgresql://user:pass@host:port/db?sslmode=…</c> into Npgsql's key=value form.</summary>
    private static string ToConnectionString(string connection)
    {
        if (!connection.Contains("://", StringComparison.Ordinal))
        {
            return connection;
        }
        var uri = new Uri(connection);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ConnectionString;
    }
}
