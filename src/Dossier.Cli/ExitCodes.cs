namespace Dossier.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command could not do its job (bad input, missing document, unreadable database).</summary>
    public const int Error = 1;

    /// <summary>The command line itself is wrong: unknown verb, missing argument, bad option value.</summary>
    public const int Usage = 2;

    /// <summary>Some inputs were stored and some failed; the failures were listed.</summary>
    public const int Partial = 3;

    /// <summary>Stopped by Ctrl+C (SIGINT) before it finished: 128 + the signal's number, as shells report an interrupted command.</summary>
    public const int Interrupted = 130;
}
