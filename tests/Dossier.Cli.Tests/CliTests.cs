using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Cli.Tests;

/// <summary>What every CLI test starts from: a temporary folder with a database of its own, removed afterwards.</summary>
public abstract class CliTests : IDisposable
{
    protected TempFolder Folder { get; } = new();

    protected string Database => Folder.Combine("test.db");

    protected Task<CliRun> RunAsync(params string[] args) => CliRun.StartAsync(Database, "", args);

    /// <summary>Leaves the store as a Dossier before events and versions left it: no events layer, no version.</summary>
    protected async Task MakeOldStyleAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM event_participants; DELETE FROM events; UPDATE documents SET layers = layers & ~64, annotation_version = NULL;";
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
