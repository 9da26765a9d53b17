using Dossier.Cli;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
var context = new CliContext(AnsiConsole.Console, Console.In, Environment.GetEnvironmentVariable);
return await DossierCli.RunAsync(args, context, cancellation.Token);
