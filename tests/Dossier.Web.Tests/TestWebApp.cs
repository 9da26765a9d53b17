using System.Net.Http.Json;
using System.Text.Json;
using Dossier.Engine;
using Dossier.Ingest;
using Dossier.Store;
using Dossier.Store.Sqlite;
using Dossier.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace Dossier.Web.Tests;

/// <summary>
/// The server over a fresh SQLite database of its own, removed on dispose: in memory (TestServer)
/// for the API tests, or on a real loopback port for a browser.
/// </summary>
public sealed class TestWebApp : IAsyncDisposable
{
    /// <summary>Built once for all tests, as the CLI builds it once per process.</summary>
    public static readonly Lazy<Pipeline> Pipeline = new(DossierPipeline.Create);

    private readonly TempFolder _folder;
    private readonly WebApplication _app;

    private TestWebApp(TempFolder folder, DossierStore store, WebApplication app, HttpClient client)
    {
        _folder = folder;
        Database = folder.Combine("web.db");
        Store = store;
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>Where the server answers: <c>http://localhost/</c> in memory, <c>http://127.0.0.1:PORT/</c> on loopback.</summary>
    public Uri BaseAddress => Client.BaseAddress!;

    public DossierStore Store { get; }

    /// <summary>The SQLite file behind <see cref="Store"/>.</summary>
    public string Database { get; }

    /// <param name="samples">Ingest the three sample articles first (ids 1, 2, 3 in date order).</param>
    public static async Task<TestWebApp> StartAsync(bool samples, ServerOptions? options = null)
    {
        var (folder, store) = await OpenStoreAsync(samples);
        var app = DossierServer.Create(options ?? new ServerOptions(), store, Pipeline.Value, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new TestWebApp(folder, store, app, app.GetTestClient());
    }

    /// <summary>The server as <c>dossier serve --port 0</c> runs it: Kestrel on 127.0.0.1, on a port the system picks.</summary>
    public static async Task<TestWebApp> StartOnLoopbackAsync(bool samples)
    {
        var (folder, store) = await OpenStoreAsync(samples);
        var app = DossierServer.Create(new ServerOptions { Port = 0 }, store, Pipeline.Value);
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        return new TestWebApp(folder, store, app, new HttpClient { BaseAddress = address });
    }

    private static async Task<(TempFolder Folder, DossierStore Store)> OpenStoreAsync(bool samples)
    {
        var folder = new TempFolder();
        var store = await SqliteDossierStore.OpenAsync(folder.Combine("web.db"));
        if (samples)
        {
            var files = ArticleReader.ExpandPaths([RepoPaths.Samples]).ToList();
            await new Ingestor(Pipeline.Value, store, jobs: 1).IngestAsync(files, null);
        }
        return (folder, store);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

/// <summary>
/// One server over the three samples, shared by the read-only tests of a class. Every article is
/// stored at <see cref="IngestionTime.Pinned"/>, as in the CLI's golden files.
/// </summary>
public sealed class SamplesFixture : IAsyncLifetime
{
    public TestWebApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestWebApp.StartAsync(samples: true);
        IngestionTime.Pin(App.Database);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
