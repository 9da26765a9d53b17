using System.Net;
using Dossier.Store.Sqlite;
using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Web.Tests;

public sealed class BindingTests
{
    [Fact]
    public void Listens_on_loopback_port_5080_unless_told_otherwise()
    {
        var options = new ServerOptions();

        Assert.Equal("127.0.0.1", options.Host);
        Assert.Equal(5080, options.Port);
        Assert.True(options.IsLoopback);
    }

    [Fact]
    public async Task Binds_the_default_host_127_0_0_1_and_serves_the_page_there()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteDossierStore.OpenAsync(folder.Combine("d.db"));
        await using var app = DossierServer.Create(new ServerOptions { Port = 0 }, store, TestWebApp.Pipeline.Value);

        await app.StartAsync();
        var url = Assert.Single(app.Urls);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        using var page = await client.GetAsync("/");
        await app.StopAsync();
        SqliteConnection.ClearAllPools();

        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.1.2.3", true)]
    [InlineData("::1", true)]
    [InlineData("localhost", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("192.168.1.10", false)]
    public void Knows_which_hosts_are_loopback(string host, bool loopback)
    {
        Assert.Equal(loopback, new ServerOptions { Host = host }.IsLoopback);
    }

    [Fact]
    public async Task Refuses_a_host_name_it_would_have_to_resolve()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteDossierStore.OpenAsync(folder.Combine("d.db"));

        var error = Assert.Throws<ArgumentException>(() => DossierServer.Create(new ServerOptions { Host = "example.org" }, store, TestWebApp.Pipeline.Value));

        SqliteConnection.ClearAllPools();
        Assert.Contains("not an IP address or localhost", error.Message, StringComparison.Ordinal);
    }
}
