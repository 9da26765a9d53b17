using System.Text.Json;
using Spectre.Console.Testing;

namespace Dossier.Cli.Tests;

/// <summary>One run of the CLI in-process, with a captured console, and what it printed.</summary>
/// <param name="Notes">What it wrote beside the output (standard error in a real run).</param>
public sealed record CliRun(int ExitCode, string Output, string Notes)
{
    /// <summary>Built once for all tests, as the CLI builds it once per process.</summary>
    private static readonly Lazy<Pipeline> SharedPipeline = new(Dossier.Engine.DossierPipeline.Create);

    public static Task<CliRun> StartAsync(string database, string stdin, params string[] args) =>
        StartAsync(database, stdin, CancellationToken.None, args);

    /// <param name="cancellationToken">What Ctrl+C cancels in a real run.</param>
    public static async Task<CliRun> StartAsync(string database, string stdin, CancellationToken cancellationToken, params string[] args)
    {
        var console = new TestConsole().Width(250);
        var notes = new StringWriter();
        var context = new CliContext(console, new StringReader(stdin), name => name == "DOSSIER_DB" ? database : null, SharedPipeline, notes);
        var exitCode = await DossierCli.RunAsync(args, context, cancellationToken);
        return new CliRun(exitCode, console.Output, notes.ToString());
    }

    public JsonElement Json() => JsonDocument.Parse(Output).RootElement;
}
