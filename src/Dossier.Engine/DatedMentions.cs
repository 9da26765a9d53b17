using System.Globalization;
using Dossier.Engine.Internal;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>The brief's timeline: every mention with a resolved date (a year, month, day or time), in date order.</summary>
public static class DatedMentions
{
    public static IReadOnlyList<DatedMention> Of(IReadOnlyList<StoredDocument> documents)
    {
        var mentions = new List<DatedMention>();
        foreach (var stored in documents)
        {
            var document = stored.Document;
            foreach (var timex in document.TimeExpressions)
            {
                if (timex.Type is TimexType.Date or TimexType.Time && IsDated(timex.Value))
                {
                    var sentence = Sentences.Around(document, timex.Span);
                    mentions.Add(new DatedMention(stored.Id, timex.Value, timex.Type, timex, document[timex.Span], sentence, document[sentence]));
                }
            }
        }
        // By the first day each value covers; a coarser value ("2022") before a finer one starting the same day.
        return [.. mentions.OrderBy(m => FirstDay(m.Value)).ThenBy(m => m.Value.Length).ThenBy(m => m.DocumentId).ThenBy(m => m.Timex.Span.Start)];
    }

    /// <summary>The first day a TIMEX3 date value covers: 2022-W43-WE from its Monday, 2022-Q3 from July 1, 2022-SU from June 1.</summary>
    internal static DateOnly FirstDay(string value)
    {
        var year = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var rest = value.AsSpan(4);
        if (rest.Length < 3 || rest[0] != '-')
        {
            return new DateOnly(year, 1, 1);
        }
        var part = rest[1..];
        if (char.IsAsciiDigit(part[0]) && char.IsAsciiDigit(part[1]))
        {
            var month = int.Parse(part[..2], CultureInfo.InvariantCulture);
            var day = part.Length >= 5 && part[2] == '-' && int.TryParse(part.Slice(3, 2), CultureInfo.InvariantCulture, out var d) ? d : 1;
            return month is >= 1 and <= 12 ? new DateOnly(year, month, Math.Clamp(day, 1, DateTime.DaysInMonth(year, month))) : new DateOnly(year, 1, 1);
        }
        return part[0] switch
        {
            'W' when int.TryParse(part.Slice(1, 2), CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53
                => DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday)),
            'Q' when part[1] is >= '1' and <= '4' => new DateOnly(year, 3 * (part[1] - '0') - 2, 1),
            'H' when part[1] is '1' or '2' => new DateOnly(year, part[1] == '1' ? 1 : 7, 1),
            'S' when part[1] == 'P' => new DateOnly(year, 3, 1),
            'S' when part[1] == 'U' => new DateOnly(year, 6, 1),
            'F' => new DateOnly(year, 9, 1),
            'W' when part[1] == 'I' => new DateOnly(year, 12, 1),
            _ => new DateOnly(year, 1, 1),
        };
    }

    /// <summary>A year or finer with the year known: "1953", "2022-W43-WE", "2022-11-02T10:35"; not "XXXX-WXX-3" or "PAST_REF".</summary>
    internal static bool IsDated(string value) =>
        value.Length >= 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3]);
}
