namespace Dossier.Cli;

/// <summary>A problem the user can fix: printed as one line that says what happened and what to do.</summary>
public sealed class CliException : Exception
{
    public CliException(string message) : base(message)
    {
    }

    public CliException() : base("The command failed.")
    {
    }

    public CliException(string message, Exception inner) : base(message, inner)
    {
    }
}
