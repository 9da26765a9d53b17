using System.Globalization;

namespace Dossier.Time.Internal;

/// <summary>
/// A calendar point at some grain, with unknown parts as zero: <c>Year == 0</c> prints as <c>XXXX</c>.
/// <see cref="Sub"/> holds the half, quarter or season number, or the part of day (see
/// <see cref="PartsOfDay"/>); <see cref="Dow"/> the weekday (1 = Monday) of a weekday whose date is unknown.
/// </summary>
internal readonly record struct Point(Grain Grain, int Year, int Month, int Day, int Sub = 0, int Hour = 0, int Minute = 0, int Dow = 0)
{
    public static readonly string[] PartsOfDay = ["", "MO", "AF", "EV", "NI"];
    private static readonly string[] Seasons = ["", "SP", "SU", "FA", "WI"];

    public bool HasDate => Year != 0 && Month != 0 && Day != 0;

    public DateOnly Date => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    public static Point Of(DateOnly date, Grain grain) => grain switch
    {
        Grain.Quarter => new(grain, date.Year, date.Month, date.Day, (date.Month + 2) / 3),
        Grain.Half => new(grain, date.Year, date.Month, date.Day, (date.Month + 5) / 6),
        Grain.Season => new(grain, date.Year, date.Month, date.Day, SeasonOf(date.Month)),
        _ => new(grain, date.Year, date.Month, date.Day),
    };

    /// <summary>1 spring (Mar-May), 2 summer, 3 fall, 4 winter (Dec-Feb).</summary>
    public static int SeasonOf(int month) => month switch
    {
        >= 3 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        >= 9 and <= 11 => 3,
        _ => 4,
    };

    public Point WithGrain(Grain grain) => HasDate ? Of(Date, grain) : this with { Grain = grain };

    /// <summary>Moves by <paramref name="count"/> units of <paramref name="unit"/>; the grain stays. Needs a known date.</summary>
    public Point Shift(Grain unit, int count)
    {
        if (!HasDate)
        {
            return this;
        }
        var date = Date;
        var years = unit switch
        {
            Grain.Century => 100L * count,
            Grain.Decade => 10L * count,
            Grain.Year or Grain.Half or Grain.Quarter or Grain.Season or Grain.Month => count / 12 + (unit == Grain.Year ? count : 0),
            _ => count / 365,
        };
        if (date.Year + years is < 2 or > 9998)
        {
            // "10,000 years ago": past the calendar DateOnly can hold, so the value stays unknown.
            return new Point(Grain, 0, 0, 0);
        }
        var moved = unit switch
        {
            Grain.Century => date.AddYears(100 * count),
            Grain.Decade => date.AddYears(10 * count),
            Grain.Year => date.AddYears(count),
            Grain.Half => date.AddMonths(6 * count),
            Grain.Quarter => date.AddMonths(3 * count),
            Grain.Season => date.AddMonths(3 * count),
            Grain.Month => date.AddMonths(count),
            Grain.Week or Grain.Weekend => date.AddDays(7 * count),
            _ => date.AddDays(count),
        };
        var shifted = Of(moved, Grain);
        return Grain is Grain.PartOfDay or Grain.Minute ? shifted with { Sub = Sub, Hour = Hour, Minute = Minute } : shifted;
    }

    public override string ToString() => Format();

    /// <summary>The TIMEX3 value.</summary>
    public string Format()
    {
        var year = Year == 0 ? "XXXX" : Year.ToString("D4", CultureInfo.InvariantCulture);
        var month = Month == 0 ? "XX" : Month.ToString("D2", CultureInfo.InvariantCulture);
        return Grain switch
        {
            Grain.Century => Year == 0 ? "XX" : (Year / 100).ToString("D2", CultureInfo.InvariantCulture),
            Grain.Decade => Year == 0 ? "XXX" : (Year / 10).ToString("D3", CultureInfo.InvariantCulture),
            Grain.Year => year,
            Grain.Half => $"{year}-H{Digit(Sub)}",
            Grain.Quarter => $"{year}-Q{Digit(Sub)}",
            Grain.Season => $"{year}-{Seasons[Sub]}",
            Grain.Month => $"{year}-{month}",
            Grain.Week => WeekValue(),
            Grain.Weekend => WeekValue() + "-WE",
            Grain.Day => DayValue(),
            Grain.PartOfDay => $"{DayValue()}T{PartsOfDay[Sub]}",
            _ => string.Create(CultureInfo.InvariantCulture, $"{DayValue()}T{Hour:D2}:{Minute:D2}"),
        };
    }

    private static string Digit(int n) => n == 0 ? "X" : n.ToString(CultureInfo.InvariantCulture);

    private string WeekValue() => HasDate
        ? string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(Date.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(Date.ToDateTime(TimeOnly.MinValue)):D2}")
        : "XXXX-WXX";

    private string DayValue()
    {
        if (HasDate)
        {
            return Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (Month == 0 && Day == 0 && Dow is >= 1 and <= 7)
        {
            return $"XXXX-WXX-{Dow}";
        }
        var year = Year == 0 ? "XXXX" : Year.ToString("D4", CultureInfo.InvariantCulture);
        var month = Month == 0 ? "XX" : Month.ToString("D2", CultureInfo.InvariantCulture);
        var day = Day == 0 ? "XX" : Day.ToString("D2", CultureInfo.InvariantCulture);
        return $"{year}-{month}-{day}";
    }
}
