using Dossier.Time;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The time-expression layer as a table: span, covered text, TIMEX3 type, value and mod, and why.</summary>
internal static class TimexText
{
    public static void Write(IAnsiConsole console, Document document)
    {
        if (document.TimeExpressions.IsEmpty)
        {
            return;
        }
        console.WriteLine();
        var table = new Table().Border(TableBorder.Simple).Title($"[bold]Time expressions[/] ({document.TimeExpressions.Length})")
            .AddColumns("Span", "Text", "Type", "Value", "Mod", "Why");
        foreach (var timex in document.TimeExpressions)
        {
            var value = timex.Begin is null ? timex.Value : $"{timex.Value} ({timex.Begin} to {timex.End})";
            table.AddRow(
                Markup.Escape(timex.Span.ToString()),
                Markup.Escape(document[timex.Span]),
                TimexValues.Name(timex.Type),
                Markup.Escape(value),
                TimexValues.Name(timex.Mod) ?? "",
                Markup.Escape(timex.Anchor.Reason));
        }
        console.Write(table);
    }
}
