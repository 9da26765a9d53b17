using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Dossier.Events;

/// <summary>
/// One entity's timeline in the format of SemEval-2015 Task 4 (TimeLine): the target entity on the
/// first line, then one line per event, <c>rank&lt;TAB&gt;date&lt;TAB&gt;docid-sent-word[&lt;TAB&gt;…]</c>.
/// Events of one line are mentions of one event; rank 0 holds the events that could not be placed,
/// and <c>XXXX-XX-XX</c> is the date of an event with none.
/// </summary>
public sealed record RankedTimeline(string Target, ImmutableArray<RankedLine> Lines)
{
    /// <summary>The date SemEval writes for an event with no date.</summary>
    public const string NoDate = "XXXX-XX-XX";

    /// <exception cref="FormatException">A line has no rank, no date or no event, or a rank that is not a whole number from 0.</exception>
    public static RankedTimeline Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var target = lines[0].Trim();
        var parsed = ImmutableArray.CreateBuilder<RankedLine>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var fields = lines[i].Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rank))
            {
                throw new FormatException($"Line {i + 1} is not 'rank<TAB>date<TAB>docid-sent-word': {lines[i]}");
            }
            parsed.Add(new RankedLine(rank, fields[1], [.. fields[2..]]));
        }
        return new RankedTimeline(target, parsed.ToImmutable());
    }

    /// <summary>The file's text: the target, then the lines in order, each ended by a line feed.</summary>
    public string Write()
    {
        var text = new StringBuilder().Append(Target).Append('\n');
        foreach (var line in Lines)
        {
            text.Append(line.Rank.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(line.Date);
            foreach (var mention in line.Events)
            {
                text.Append('\t').Append(mention);
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
