using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Cli.Tests;

/// <summary>What every CLI test starts from: a temporary folder with a database of its own, removed afterwards.</summary>
public abstract class CliTests : IDisposable
{
    protected TempFolder Folder { get; } = new();

    protected string Database => Folder.Combine("test.db");

    protected Task<CliRun> RunAsync(params string[] args) => CliRun.StartAsync(Database, "", args);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
