using System.Net;
using System.Text.RegularExpressions;
using Spectre.Console.Testing;

namespace Dossier.Cli.Tests;

public sealed partial class ServeCommandTests : CliTests
{
    private static readonly Lazy<Pipeline> SharedPipeline = new(Dossier.Engine.DossierPipeline.Create);

    [Fact]
    public async Task Serve_listens_on_127_0_0_1_prints_the_url_and_stops_cleanly_when_cancelled()
    {
        var console = new TestConsole().Width(250);
        var context = new CliContext(console, new StringReader(""), name => name == "DOSSIER_DB" ? Database : null, SharedPipeline);
        using var stop = new CancellationTokenSource();

        var serving = DossierCli.RunAsync(["serve", "--port", "0"], context, stop.Token);
        var url = await UrlPrintedAsync(console, serving);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        using var documents = await client.GetAsync("/api/documents");
        await stop.CancelAsync();
        var exitCode = await serving;

        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, documents.StatusCode);
        Assert.Equal("[]", await documents.Content.ReadAsStringAsync());
        Assert.Equal(ExitCodes.Success, exitCode);
    }

    [Fact]
    public async Task Serve_says_at_start_how_many_stored_articles_an_older_pipeline_annotated()
    {
        await RunAsync("ingest", Dossier.Testing.RepoPaths.Samples);
        await MakeOldStyleAsync();
        var console = new TestConsole().Width(250);
        var notes = new StringWriter();
        var context = new CliContext(console, new StringReader(""), name => name == "DOSSIER_DB" ? Database : null, SharedPipeline, notes);
        using var stop = new CancellationTokenSource();

        var serving = DossierCli.RunAsync(["serve", "--port", "0"], context, stop.Token);
        await UrlPrintedAsync(console, serving);
        await stop.CancelAsync();
        await serving;

        Assert.Contains("3 of 3 stored articles were annotated by an older pipeline", notes.ToString());
        Assert.Contains("Run `dossier reannotate`", notes.ToString());
    }

    [Theory]
    [InlineData("--host", "example.org", "--host must be an IP address")]
    [InlineData("--port", "70000", "--port must be a number from 0 to 65535")]
    public async Task Serve_refuses_a_host_name_or_a_port_out_of_range(string option, string value, string error)
    {
        var run = await RunAsync("serve", option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(error, run.Output);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_says_so_in_one_line()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;

            var run = await RunAsync("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(ExitCodes.Error, run.ExitCode);
            Assert.Equal($"error: cannot listen on 127.0.0.1:{port}: Address already in use. Give another with --port.\n", run.Output);
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Waits (at most 30 s) for the line that says where the server listens.</summary>
    private static async Task<string> UrlPrintedAsync(TestConsole console, Task<int> serving)
    {
        for (var waited = 0; waited < 300 && !serving.IsCompleted; waited++)
        {
            if (Url().Match(console.Output) is { Success: true } match)
            {
                return match.Value;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("serve printed no URL: " + console.Output);
    }

    [GeneratedRegex(@"http://[0-9.]+:\d+")]
    private static partial Regex Url();
}
