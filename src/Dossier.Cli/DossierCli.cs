using System.CommandLine;
using Dossier.Cli.Commands;
using Spectre.Console;

namespace Dossier.Cli;

/// <summary>The <c>dossier</c> command line: parses arguments, runs one verb, and turns failures into one clear line.</summary>
public static class DossierCli
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = Build(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var verb = parsed.CommandResult.Command == root ? "" : " " + parsed.CommandResult.Command.Name;
            // "Required command was not provided" is the consequence of an unknown verb, not the cause.
            var error = parsed.Errors.OrderBy(e => e.Message.StartsWith("Required command", StringComparison.Ordinal)).First();
            context.WriteError($"{error.Message} Run 'dossier{verb} --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            var output = new SpectreWriter(context.Console);
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (CliException ex)
        {
            context.WriteError(ex.Message);
            return ExitCodes.Error;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C cancels the token; the pipeline checks it between stages and sentences, so the verb
            // stops well within the two seconds System.CommandLine waits before it ends the process itself.
            context.Console.MarkupLine("[yellow]interrupted[/]: stopped before it finished; what was stored before stays stored.");
            return ExitCodes.Interrupted;
        }
    }

    public static RootCommand Build(CliContext context)
    {
        var database = Options.Database();
        var root = new RootCommand("Dossier follows a news story: it reads articles and reconstructs who said what, and when.")
        {
            IngestCommand.Create(context, database),
            ReannotateCommand.Create(context, database),
            DocumentsCommand.Create(context, database),
            ShowCommand.Create(context, database),
            AnnotateCommand.Create(context),
            BriefCommand.Create(context, database),
            StoriesCommand.Create(context, database),
            EntitiesCommand.Create(context, database),
            TrainCommand.Create(context),
            QuotesCommand.Create(context, database),
            PeopleCommand.Create(context, database),
            TimelineCommand.Create(context, database),
            EvalCommand.Create(context),
            ServeCommand.Create(context, database),
        };
        root.Options.Add(database);
        return root;
    }

    /// <summary>Sends help and version text through the console so tests capture it.</summary>
    private sealed class SpectreWriter(IAnsiConsole console) : TextWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => console.Profile.Out.Writer.Write(value);

        public override void Write(char[] buffer, int index, int count) => console.Profile.Out.Writer.Write(buffer, index, count);

        public override void Write(string? value) => console.Profile.Out.Writer.Write(value);
    }
}
