using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli;

/// <summary>What every command needs from its surroundings; tests give their own console, input and environment.</summary>
/// <param name="pipeline">A pipeline already built (tests share one); by default it is built on first use.</param>
/// <param name="notes">Where notes beside the output go (standard error by default), so they never mix into JSON.</param>
public sealed class CliContext(IAnsiConsole console, TextReader input, Func<string, string?> environment, Lazy<Pipeline>? pipeline = null, TextWriter? notes = null)
{
    /// <summary>Used when neither --db nor DOSSIER_DB names a database.</summary>
    public const string DefaultDatabase = "dossier.db";

    private readonly Lazy<Pipeline> _pipeline = pipeline ?? new(DossierPipeline.Create);

    /// <summary>The console, showing control characters in what it writes as symbols (<see cref="VisibleControlCharacters"/>).</summary>
    public IAnsiConsole Console { get; } = ShowingControlCharacters(console);

    public TextReader Input { get; } = input;

    /// <summary>The pipeline, built on first use and shared by every document.</summary>
    public Pipeline Pipeline => _pipeline.Value;

    /// <summary>
    /// The <see cref="Pipeline.Version"/> documents are annotated with: the shipped pipeline's is known
    /// without building it (its models take a while to load), so a verb that only reads need not.
    /// </summary>
    public string PipelineVersion => pipeline is null ? DossierPipeline.Version : Pipeline.Version;

    /// <summary>
    /// The database: <c>--db</c>, else <c>DOSSIER_DB</c>, else <c>./dossier.db</c>. A SQLite file
    /// path, or a PostgreSQL URI or connection string.
    /// </summary>
    public string DatabasePath(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : environment("DOSSIER_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultDatabase;

    public async Task<IDossierStore> OpenStoreAsync(string? option, CancellationToken cancellationToken)
    {
        var path = DatabasePath(option);
        try
        {
            return await DossierStores.OpenAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or System.Data.Common.DbException or IOException or UnauthorizedAccessException or ArgumentException or UriFormatException)
        {
            throw new CliException($"cannot open the database {Redacted(path)}: {ex.Message.TrimEnd('.')}. Give another with --db or DOSSIER_DB.", ex);
        }
    }

    /// <summary>An environment variable, or null when unset or empty.</summary>
    public string? Environment(string name) => environment(name) is { Length: > 0 } value ? value : null;

    /// <summary>The database for messages: a PostgreSQL connection's password is never printed.</summary>
    public static string Redacted(string database) =>
        System.Text.RegularExpressions.Regex.Replace(database, @"(?i)(password\s*=\s*)[^;]*|(://[^:/@]+:)[^@]*@", m =>
            m.Groups[1].Success ? m.Groups[1].Value + "***" : m.Groups[2].Value + "***@");

    /// <summary>
    /// One error line, never wrapped (scripts read it whole): what happened and what to do.
    /// Red on a terminal that shows colour, plain elsewhere.
    /// </summary>
    public void WriteError(string message)
    {
        Console.Markup("[red]error:[/] ");
        WriteRaw(ControlCharacters.Visible(message.ReplaceLineEndings(" ")) + "\n");
    }

    /// <summary>One line beside the output, on standard error: something the user should know that is not an error.</summary>
    public void WriteNote(string message) => (notes ?? System.Console.Error).WriteLine("note: " + message.ReplaceLineEndings(" "));

    private static IAnsiConsole ShowingControlCharacters(IAnsiConsole console)
    {
        console.Pipeline.Attach(new VisibleControlCharacters());
        return console;
    }

    /// <summary>Writes text exactly as given, with no wrapping or markup: for JSON and other machine output.</summary>
    public void WriteRaw(string text) => Console.Profile.Out.Writer.Write(text);

    /// <inheritdoc cref="WriteRaw(string)"/>
    public void WriteRaw(ReadOnlySpan<char> text) => Console.Profile.Out.Writer.Write(text);
}
