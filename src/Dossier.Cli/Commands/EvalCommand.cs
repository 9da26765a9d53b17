using System.CommandLine;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval …</c>: scores a stage against an annotated corpus; each corpus kind is a subcommand.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context) => new("eval", "Score the pipeline against an annotated corpus.")
    {
        EvalQuotesCommand.Create(context),
    };
}
