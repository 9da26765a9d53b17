using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Testing;

/// <summary>
/// One expected annotation in a spec block: <c>[12,21) TIMEX "Wednesday" = 2022-11-02</c>.
/// The quoted text must equal the text the span covers, which makes the offsets self-checking.
/// </summary>
/// <param name="Label">What stands between the span and the quote (may be empty).</param>
/// <param name="Rest">What follows the quote (may be empty).</param>
public sealed partial record SpanLine(TextSpan Span, string Label, string Covered, string Rest)
{
    public static SpanLine Parse(string line)
    {
        var match = Pattern().Match(line.Trim());
        if (!match.Success)
        {
            throw new FormatException($"Not a span line: {line}");
        }
        return new SpanLine(
            new TextSpan(int.Parse(match.Groups["start"].Value), int.Parse(match.Groups["end"].Value)),
            match.Groups["label"].Value.Trim(),
            Unescape(match.Groups["covered"].Value),
            match.Groups["rest"].Value.Trim());
    }

    public static IReadOnlyList<SpanLine> ParseBlock(string block) =>
        block.Split('\n').Where(l => l.Trim().Length > 0).Select(Parse).ToList();

    /// <summary>Writes a span line, escaping the covered text so it stays on one line.</summary>
    public static string Format(TextSpan span, string label, string covered, string rest = "")
    {
        var text = new StringBuilder().Append(span.ToString());
        if (label.Length > 0)
        {
            text.Append(' ').Append(label);
        }
        text.Append(" \"").Append(Escape(covered)).Append('"');
        if (rest.Length > 0)
        {
            text.Append(' ').Append(rest);
        }
        return text.ToString();
    }

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t");

    private static string Unescape(string text) =>
        UnescapePattern().Replace(text, m => m.Value[1] switch
        {
            'n' => "\n",
            't' => "\t",
            var other => other.ToString(),
        });

    [GeneratedRegex(@"^\[(?<start>\d+),(?<end>\d+)\)(?<label>[^""]*)""(?<covered>(?:[^""\\]|\\.)*)""(?<rest>.*)$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\\.")]
    private static partial Regex UnescapePattern();
}
