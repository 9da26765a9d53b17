using System.CommandLine;
using Dossier.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var port = new Option<int>("--port")
        {
            Description = "The TCP port; 0 picks a free one.",
            DefaultValueFactory = _ => ServerOptions.DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be a number from 0 to 65535.");
            }
        });
        var host = new Option<string>("--host")
        {
            Description = "The IP address to listen on, or localhost; 127.0.0.1 is this machine only, 0.0.0.0 opens the server to the network.",
            DefaultValueFactory = _ => ServerOptions.DefaultHost,
        };
        host.Validators.Add(result =>
        {
            if (!new ServerOptions { Host = result.GetValueOrDefault<string>() ?? "" }.HasValidHost)
            {
                result.AddError("--host must be an IP address such as 127.0.0.1, or localhost.");
            }
        });
        var command = new Command("serve", "Serve the stored articles as a web page and a JSON API until Ctrl+C.") { port, host };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new ServerOptions { Host = result.GetValue(host)!, Port = result.GetValue(port) };
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            await StaleNote.WriteAsync(context, store, cancellationToken);
            await using var app = DossierServer.Create(options, store, context.Pipeline);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                throw new CliException($"cannot listen on {options.Host}:{options.Port}: {(ex.InnerException ?? ex).Message.TrimEnd('.')}. Give another with --port.", ex);
            }
            context.Console.MarkupLineInterpolated($"Serving {CliContext.Redacted(context.DatabasePath(result.GetValue(database)))} at [bold]{string.Join(" ", app.Urls)}[/] (Ctrl+C stops).");
            if (!options.IsLoopback)
            {
                context.Console.MarkupLine("[yellow]warning:[/] the server is open to the network: anyone who can reach this machine can read and add articles.");
            }
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
