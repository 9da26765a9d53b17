using Dossier.Store.Postgres;
using Dossier.Store.Sqlite;
using Dossier.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dossier.Store.Tests;

/// <summary>An empty database of one engine for one test, removed afterwards.</summary>
internal abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>A connection string to a PostgreSQL server where the user may create databases.</summary>
    public const string PostgresVariable = "DOSSIER_TEST_POSTGRES";

    /// <summary>
    /// The login of a PostgreSQL role with no rights of its own on the same server
    /// (<c>Username=…;Password=…</c>); tests grant it SELECT to read as a read-only user would.
    /// </summary>
    public const string PostgresReaderVariable = "DOSSIER_TEST_POSTGRES_READER";

    public static IEnumerable<string> Engines =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } ? ["Sqlite", "Postgres"] : ["Sqlite"];

    /// <summary>The engines on which a read-only user can be tested: PostgreSQL needs both variables.</summary>
    public static IEnumerable<string> ReadOnlyEngines =>
        Engines.Where(e => e != "Postgres" || Environment.GetEnvironmentVariable(PostgresReaderVariable) is { Length: > 0 });

    public static async Task<TestDatabase> CreateAsync(string engine) => engine switch
    {
        "Sqlite" => new SqliteTestDatabase(),
        "Postgres" => await PostgresTestDatabase.CreateOnAsync(Environment.GetEnvironmentVariable(PostgresVariable)!),
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "unknown engine"),
    };

    /// <summary>A new store instance on this database, as another process would open it.</summary>
    public abstract Task<DossierStore> OpenAsync();

    /// <summary>
    /// The store as a user who may only read opens it: SQLite's read-only mode, or a PostgreSQL role
    /// granted SELECT on the tables as they are now (open a writer first, so they exist).
    /// </summary>
    public abstract Task<DossierStore> OpenReaderAsync();

    /// <summary>Makes the database reject the second sentence row of any document, as a failing disk would.</summary>
    public abstract Task FailSecondSentenceAsync();

    /// <summary>The rows of one table, whichever documents they belong to.</summary>
    public abstract Task<long> CountRowsAsync(string table);

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteTestDatabase : TestDatabase
    {
        private readonly TempFolder _folder = new();

        private string Path => _folder.Combine("dossier.db");

        public override Task<DossierStore> OpenAsync() => SqliteDossierStore.OpenAsync(Path);

        public override Task<DossierStore> OpenReaderAsync() => SqliteDossierStore.OpenReadOnlyAsync(Path);

        public override async Task FailSecondSentenceAsync()
        {
            await using var connection = new SqliteConnection($"Data Source={Path}");
            await connection.OpenAsync();
            await using var trigger = connection.CreateCommand();
            trigger.CommandText = "CREATE TRIGGER fail_second_sentence BEFORE INSERT ON sentences WHEN NEW.ordinal = 1 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END";
            await trigger.ExecuteNonQueryAsync();
        }

        public override async Task<long> CountRowsAsync(string table)
        {
            await using var connection = new SqliteConnection($"Data Source={Path}");
            await connection.OpenAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {table}";
            return (long)(await count.ExecuteScalarAsync())!;
        }

        public override ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            _folder.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresTestDatabase(string server, string connectionString, string name) : TestDatabase
    {
        public static async Task<PostgresTestDatabase> CreateOnAsync(string server)
        {
            var name = "dossier_test_" + Guid.NewGuid().ToString("N")[..16];
            await ExecuteAsync(server, $"CREATE DATABASE {name}");
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            return new PostgresTestDatabase(server, connectionString, name);
        }

        public override Task<DossierStore> OpenAsync() => PostgresDossierStore.OpenAsync(connectionString);

        public override async Task<DossierStore> OpenReaderAsync()
        {
            var reader = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresReaderVariable));
            await ExecuteAsync(connectionString, $"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader.Username}");
            return await PostgresDossierStore.OpenAsync(
                new NpgsqlConnectionStringBuilder(connectionString) { Username = reader.Username, Password = reader.Password }.ConnectionString);
        }

        public override Task FailSecondSentenceAsync() => ExecuteAsync(connectionString, """
            CREATE FUNCTION fail_second_sentence() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.ordinal = 1 THEN RAISE EXCEPTION 'disk trouble'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER fail_second_sentence BEFORE INSERT ON sentences FOR EACH ROW EXECUTE FUNCTION fail_second_sentence();
            """);

        public override async Task<long> CountRowsAsync(string table)
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await using var count = dataSource.CreateCommand($"SELECT COUNT(*) FROM {table}");
            return (long)(await count.ExecuteScalarAsync())!;
        }

        public override async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            // FORCE terminates the database's backends, but one still starting or closing has no role
            // yet, and terminating it needs pg_signal_backend (42501); it is gone a moment later.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    return;
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 5)
                {
                    await Task.Delay(100 * attempt);
                }
            }
        }

        private static async Task ExecuteAsync(string connection, string sql)
        {
            await using var dataSource = NpgsqlDataSource.Create(connection);
            await using var command = dataSource.CreateCommand(sql);
            await command.ExecuteNonQueryAsync();
        }
    }
}
