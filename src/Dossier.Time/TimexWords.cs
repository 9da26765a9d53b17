using System.Globalization;

namespace Dossier.Time;

/// <summary>
/// A TIMEX3 value as a reader says it: "2022-11-02" → "2 Nov 2022", "2022-W43-WE" → "weekend of
/// 29–30 Oct 2022", "2023-W08" → "week of 20 Feb 2023", "196" → "1960s", "PRESENT_REF" → "now".
/// Day, month and year are written in that order and with month names, so no reader mistakes the
/// day for the month. A value it does not know (a duration, an unresolved "XXXX-WXX-3") is returned
/// as it is.
/// </summary>
public static class TimexWords
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Describe(string value)
    {
        var v = value.AsSpan();
        if (value is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF")
        {
            return value switch
            {
                "PRESENT_REF" => "now",
                "PAST_REF" => "the past",
                _ => "the future",
            };
        }
        if (IsDigits(v) && v.Length is 2 or 3)
        {
            // A century ("19") or decade ("196") counts the years it starts with.
            return v.Length == 2 ? $"{value}00s" : $"{value}0s";
        }
        if (v.Length < 4 || !IsDigits(v[..4]))
        {
            return value;
        }
        var year = int.Parse(v[..4], CultureInfo.InvariantCulture);
        var rest = v[4..];
        if (rest.IsEmpty)
        {
            return value;
        }
        if (rest.Length == 3 && rest[0] == '-')
        {
            var part = rest[1..].ToString();
            return part switch
            {
                "H1" => $"first half of {year}",
                "H2" => $"second half of {year}",
                "Q1" or "Q2" or "Q3" or "Q4" => $"{part} {year}",
                "SP" => $"spring {year}",
                "SU" => $"summer {year}",
                "FA" => $"autumn {year}",
                "WI" => $"winter {year}",
                _ when IsDigits(rest[1..]) && int.Parse(rest[1..], CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month
                    => $"{Months[month - 1]} {year}",
                _ => value,
            };
        }
        if (rest.Length >= 4 && rest[..2] is "-W" && IsDigits(rest.Slice(2, 2)))
        {
            return Week(year, int.Parse(rest.Slice(2, 2), CultureInfo.InvariantCulture), rest[4..]) ?? value;
        }
        if (DateOnly.TryParseExact(v[..Math.Min(10, v.Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return v.Length == 10 ? Day(date) : TimeOfDay(v[10..]) is { } time ? $"{Day(date)}, {time}" : value;
        }
        return value;
    }

    /// <summary>"week of 20 Feb 2023", "weekend of 25–26 Feb 2023"; null for a week the year lacks or an unknown suffix.</summary>
    private static string? Week(int year, int week, ReadOnlySpan<char> suffix)
    {
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year) || year < 1 || year > 9998)
        {
            return null;
        }
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        if (suffix.IsEmpty)
        {
            return $"week of {Day(monday)}";
        }
        if (suffix is not "-WE")
        {
            return null;
        }
        var (saturday, sunday) = (monday.AddDays(5), monday.AddDays(6));
        var from = saturday.Year != sunday.Year ? Day(saturday)
            : saturday.Month != sunday.Month ? $"{saturday.Day} {Months[saturday.Month - 1]}"
            : saturday.Day.ToString(CultureInfo.InvariantCulture);
        return $"weekend of {from}–{Day(sunday)}";
    }

    /// <summary>"T15:00" → "15:00", "TMO" → "morning"; null for anything else.</summary>
    private static string? TimeOfDay(ReadOnlySpan<char> time) => time switch
    {
        "TMO" => "morning",
        "TAF" => "afternoon",
        "TEV" => "evening",
        "TNI" => "night",
        "TDT" => "daytime",
        _ when time.Length == 6 && time[0] == 'T' && time[3] == ':' && IsDigits(time.Slice(1, 2)) && IsDigits(time.Slice(4, 2)) => time[1..].ToString(),
        _ => null,
    };

    private static string Day(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
