namespace Dossier.Time.Internal;

/// <summary>Holidays: fixed-date ones and a few that fall on a rule (Thanksgiving, Easter, Labor Day).</summary>
internal sealed partial class Scanner
{
    private Hit? Holiday(int k)
    {
        if (!Is(k, Lex.Cue))
        {
            return null;
        }
        int month = 0, day = 0, end = k;
        Func<int, DateOnly>? rule = null;
        string name;
        if (W(k, "christmas"))
        {
            (month, day, end, name) = W(k + 1, "eve") ? (12, 24, k + 2, "Christmas Eve") : (12, 25, W(k + 1, "day") ? k + 2 : k + 1, "Christmas");
        }
        else if (W(k, "new") && W(k + 1, "year") && IsApostrophe(k + 2) && W(k + 3, "s") && (W(k + 4, "day") || W(k + 4, "eve")))
        {
            (month, day, end, name) = W(k + 4, "eve") ? (12, 31, k + 5, "New Year's Eve") : (1, 1, k + 5, "New Year's Day");
        }
        else if (W(k, "halloween"))
        {
            (month, day, end, name) = (10, 31, k + 1, "Halloween");
        }
        else if (W(k, "valentine") && IsApostrophe(k + 1) && W(k + 2, "s") && W(k + 3, "day"))
        {
            (month, day, end, name) = (2, 14, k + 4, "Valentine's Day");
        }
        else if (W(k, "independence") && W(k + 1, "movement") && W(k + 2, "day"))
        {
            (month, day, end, name) = (3, 1, k + 3, "Independence Movement Day");
        }
        else if (W(k, "veterans") && W(k + 1, "day"))
        {
            (month, day, end, name) = (11, 11, k + 2, "Veterans Day");
        }
        else if (W(k, "boxing") && W(k + 1, "day"))
        {
            (month, day, end, name) = (12, 26, k + 2, "Boxing Day");
        }
        else if (W(k, "thanksgiving"))
        {
            (month, end, name) = (11, W(k + 1, "day") ? k + 2 : k + 1, "Thanksgiving");
            rule = year => NthWeekday(year, 11, DayOfWeek.Thursday, 4);
        }
        else if ((W(k, "labor") || W(k, "labour")) && W(k + 1, "day"))
        {
            (month, end, name) = (9, k + 2, "Labor Day");
            rule = year => NthWeekday(year, 9, DayOfWeek.Monday, 1);
        }
        else if (W(k, "memorial") && W(k + 1, "day"))
        {
            (month, end, name) = (5, k + 2, "Memorial Day");
            rule = year => NthWeekday(year, 6, DayOfWeek.Monday, 1).AddDays(-7);
        }
        else if (W(k, "election") && W(k + 1, "day") && IsCapitalized(k))
        {
            (month, end, name) = (11, k + 2, "Election Day");
            rule = year => NthWeekday(year, 11, DayOfWeek.Monday, 1).AddDays(1);
        }
        else if (W(k, "easter") && !W(k + 1, "island"))
        {
            (month, end, name) = (4, W(k + 1, "sunday") || W(k + 1, "day") ? k + 2 : k + 1, "Easter");
            rule = EasterSunday;
        }
        else
        {
            return null;
        }

        var year = 0;
        TimexAnchor anchor = TimexAnchor.None;
        if (IsYearNumber(end))
        {
            year = pieces[end].Value;
            end++;
        }
        else
        {
            (year, anchor) = YearFor(month, day == 0 ? 15 : day, TenseAt(k), name);
        }
        if (year == 0)
        {
            var unknown = new Point(Grain.Day, 0, rule is null ? month : 0, rule is null ? day : 0);
            return new Hit(end, TimexType.Date, unknown.Format(), anchor);
        }
        var date = rule?.Invoke(year) ?? new DateOnly(year, month, day);
        var point = Point.Of(date, Grain.Day);
        return new Hit(end, TimexType.Date, point.Format(), anchor, point);
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    /// <summary>Western Easter by the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
