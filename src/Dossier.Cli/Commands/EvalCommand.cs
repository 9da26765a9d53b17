using System.CommandLine;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval …</c>: scores a pipeline stage against gold-annotated data in its standard format.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context) =>
        new("eval", "Score a pipeline stage against gold-annotated data.")
        {
            EvalTimexCommand.Create(context),
            EvalNerCommand.Create(context),
        };
}
