using System.CommandLine;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval …</c>: scores a pipeline stage against gold-annotated data; each corpus kind is a subcommand.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context) =>
        new("eval", "Score a pipeline stage against gold-annotated data in its standard format.")
        {
            EvalTimexCommand.Create(context),
            EvalNerCommand.Create(context),
            EvalQuotesCommand.Create(context),
            EvalEventsCommand.Create(context),
            EvalStoriesCommand.Create(context),
            EvalTimelineCommand.Create(context),
        };
}
