namespace Dossier.Cli.Tests;

/// <summary>
/// Article text never drives the terminal: an escape sequence in it (colours, a new window title,
/// a cleared screen) or a carriage return that would overwrite a line is printed as a visible
/// symbol (␛, ␍), in every view and in the Markdown brief.
/// </summary>
public sealed class TerminalEscapeTests : CliTests
{
    /// <summary>Recolours, retitles the window (OSC 0 ended by BEL), and returns to the start of the line.</summary>
    private const string Hostile = "\u001b[31mred\u001b]0;pwned\u0007 and\rover";

    [Theory]
    [InlineData("brief")]
    [InlineData("show", "1")]
    [InlineData("quotes")]
    [InlineData("documents")]
    [InlineData("brief", "--markdown")]
    public async Task Shows_control_characters_in_article_text_as_symbols(params string[] view)
    {
        var article = Folder.File("hostile.txt", $"date 2024-01-02 Yoon said \"{Hostile} text\" on Monday. Kishida met Yoon in Tokyo.");
        await RunAsync("ingest", article);

        var run = await RunAsync(view);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\u0007', run.Output);
        Assert.DoesNotContain('\r', run.Output);
        // Markdown escapes the brackets and some views fold the carriage return into a space; the rest reads as written.
        Assert.Contains("␛", run.Output, StringComparison.Ordinal);
        Assert.Contains("31mred␛", run.Output, StringComparison.Ordinal);
        Assert.Contains("0;pwned␇ and", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_control_characters_in_a_failure_reason_as_symbols()
    {
        var lines = Folder.File("bad.jsonl", "{\"text\": \"Yoon left.\", \"date\": \"\\u001b[2J\"}");

        var run = await RunAsync("ingest", lines);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.Contains("has a \"date\" that is not a date: '␛[2J'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_control_characters_in_an_error_line_as_symbols()
    {
        var console = new Spectre.Console.Testing.TestConsole();
        var context = new CliContext(console, TextReader.Null, _ => null);

        context.WriteError("the server said \u001b[2Jgone");

        Assert.Equal("error: the server said ␛[2Jgone\n", console.Output);
    }
}
