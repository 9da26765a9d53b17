using Dossier.Cli;
using Spectre.Console;

// Standard output as the runtime makes it (its encoding, flushed after every write, so progress and
// prompts show at once), but with a 64 KiB buffer instead of 256 chars: `annotate --format json`
// writes one document's JSON in one call, and 256 chars made that a write(2) for every 256 bytes.
Console.SetOut(new StreamWriter(Console.OpenStandardOutput(), Console.OutputEncoding, 64 * 1024) { AutoFlush = true });
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
var context = new CliContext(AnsiConsole.Console, Console.In, Environment.GetEnvironmentVariable);
return await DossierCli.RunAsync(args, context, cancellation.Token);
