namespace Dossier.Cli.Tests;

/// <summary>Ctrl+C cancels the token the CLI runs with; these runs start with it cancelled.</summary>
public sealed class InterruptTests : CliTests
{
    [Fact]
    public async Task An_interrupted_annotate_exits_with_130_and_says_it_was_interrupted()
    {
        using var interrupt = new CancellationTokenSource();
        await interrupt.CancelAsync();

        var run = await CliRun.StartAsync(Database, "Yoon met Kishida on Sunday.", interrupt.Token, "annotate", "-", "--format", "json");

        Assert.Equal(ExitCodes.Interrupted, run.ExitCode);
        Assert.Contains("interrupted: stopped before it finished", run.Output);
        Assert.DoesNotContain("\"tokens\"", run.Output);
    }

    [Fact]
    public async Task An_interrupted_ingest_exits_with_130_and_stores_nothing_it_had_not_finished()
    {
        var article = Folder.File("a.txt", "date 2023-05-21 Yoon met Kishida on Sunday.");
        using var interrupt = new CancellationTokenSource();
        await interrupt.CancelAsync();

        var run = await CliRun.StartAsync(Database, "", interrupt.Token, "ingest", article);
        var documents = await RunAsync("documents", "--json");

        Assert.Equal(130, run.ExitCode);
        Assert.Contains("interrupted", run.Output);
        Assert.Equal(0, documents.Json().GetArrayLength());
    }
}
