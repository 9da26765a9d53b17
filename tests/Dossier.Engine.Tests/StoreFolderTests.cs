using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Engine.Tests;

/// <summary>What a test over a store of its own starts from: the shipped pipeline, built once, and a temporary folder for the database and the articles, removed afterwards.</summary>
public abstract class StoreFolderTests : IDisposable
{
    protected static readonly Lazy<Pipeline> Pipeline = new(DossierPipeline.Create);

    protected TempFolder Folder { get; } = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
