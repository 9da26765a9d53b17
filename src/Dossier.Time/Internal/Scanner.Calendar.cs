namespace Dossier.Time.Internal;

/// <summary>Dates the text names: "Nov. 2, 2022", "2 November", "1953", "the 1990s", "20th century", "the third quarter", holidays.</summary>
internal sealed partial class Scanner
{
    private Hit? Calendar(int i)
    {
        var k = i;
        if (W(k, "the"))
        {
            k++;
        }
        var fiscal = W(k, "fiscal");
        if (fiscal)
        {
            k++;
        }
        Hit? best = null;
        if (Is(k, Lex.Weekday))
        {
            Consider(ref best, WeekdayDate(k));
        }
        if (Is(k, Lex.Month))
        {
            Consider(ref best, MonthDate(k));
        }
        if (IsNumber(k))
        {
            Consider(ref best, NumericDate(k));
            Consider(ref best, DayMonth(k));
            Consider(ref best, Year(k, fiscal || k > i));
            Consider(ref best, Decade(k));
            Consider(ref best, Century(k));
        }
        if (IsApostrophe(k) && IsNumber(k + 1) && pieces[k + 1].Digits == 2)
        {
            Consider(ref best, ShortDecadeOrYear(k));
        }
        if (Is(k, Lex.Ordinal) || IsNumber(k) && pieces[k].Suffix == NumberSuffix.Ordinal || W(k, "q1") || W(k, "q2") || W(k, "q3") || W(k, "q4") || W(k, "h1") || W(k, "h2"))
        {
            Consider(ref best, QuarterOrHalf(k));
            Consider(ref best, Century(k));
            Consider(ref best, OrdinalOfMonth(k));
        }
        if (Is(k, Lex.Season))
        {
            Consider(ref best, Season(k, k > i));
        }
        if (Is(k, Lex.Cardinal))
        {
            Consider(ref best, SpokenYear(k));
        }
        if (k > i && W(k, "year") && Is(k + 1, Lex.Cardinal) && SpokenYear(k + 1) is { } spoken)
        {
            Consider(ref best, spoken);
        }
        if (k > i && W(k, "year") && IsNumber(k + 1) && pieces[k + 1].Digits == 4)
        {
            var y = pieces[k + 1].Value;
            var p = new Point(Grain.Year, y, 1, 1);
            Consider(ref best, new Hit(k + 2, TimexType.Date, p.Format(), TimexAnchor.None, p));
        }
        Consider(ref best, Holiday(k));
        if (best is { } hit && k > i && W(i, "the") && (hit.Point is { Grain: Grain.Day or Grain.Month or Grain.Year } || hit.RangeBegin is not null) && !W(k, "year")
            || best is { } adjective && k > i && W(i, "the") && Hyphen(k + 1) && adjective.Point is { Grain: Grain.Quarter or Grain.Half })
        {
            // "the 1998 election", "the November 2 meeting", "the third-quarter results": "the" belongs to the noun.
            return null;
        }
        return best;
    }

    private bool IsDayNumber(int i) =>
        IsNumber(i) && pieces[i].Digits <= 2 && pieces[i].Value is >= 1 and <= 31 && pieces[i].Suffix is NumberSuffix.None or NumberSuffix.Ordinal;

    private bool IsYearNumber(int i) =>
        IsNumber(i) && pieces[i].Digits == 4 && pieces[i].Value is >= 1000 and <= 2199 && pieces[i].Suffix == NumberSuffix.None
        && !(IsPunct(i + 1, ',') && Glued(i + 1) && IsNumber(i + 2) && Glued(i + 2));

    /// <summary>"Nov. 2", "November 2, 2022", "November 2022", "November", "Nov 2nd".</summary>
    private Hit? MonthDate(int k)
    {
        var month = pieces[k].Value;
        var next = k + 1;
        if (IsDayNumber(next) && !(IsPunct(next + 1, ':') && Glued(next + 1) && IsNumber(next + 2) && Glued(next + 2)) && !(W(next + 1, "percent") || IsPunct(next + 1, '%')))
        {
            var day = pieces[next].Value;
            var end = next + 1;
            var year = 0;
            var yearAt = IsPunct(end, ',') ? end + 1 : end;
            if (IsYearNumber(yearAt))
            {
                year = pieces[yearAt].Value;
                end = yearAt + 1;
            }
            if (day > DaysIn(month, year == 0 ? 2000 : year))
            {
                return null;
            }
            return DayHit(end, year, month, day, k);
        }
        if (IsYearNumber(next) || IsPunct(next, ',') && IsYearNumber(next + 1))
        {
            var yearAt = IsYearNumber(next) ? next : next + 1;
            var p = new Point(Grain.Month, pieces[yearAt].Value, month, 1);
            return new Hit(yearAt + 1, TimexType.Date, p.Format(), TimexAnchor.None, p);
        }
        if ((W(next, "this") || W(next, "last") || W(next, "next")) && W(next + 1, "year"))
        {
            var offset = W(next, "last") ? -1 : W(next, "next") ? 1 : 0;
            var year = FromArticle(Grain.Year, Grain.Year, offset);
            var p = new Point(Grain.Month, year.Year, month, year.Year == 0 ? 0 : 1);
            return new Hit(next + 2, TimexType.Date, p.Format(), ArticleAnchor($"{MonthName(month)} of the year {(offset < 0 ? "before" : offset > 0 ? "after" : "of")} the article date"), p);
        }
        if (!IsLikelyMonth(k))
        {
            return null;
        }
        var (y, anchor) = YearFor(month, 0, TenseAt(k), MonthName(month));
        var point = new Point(Grain.Month, y, month, y == 0 ? 0 : 1);
        return new Hit(next, TimexType.Date, point.Format(), anchor, point);
    }

    /// <summary>"May" and "March" are months only where a month fits: after "in", "since", "early", …</summary>
    private bool IsLikelyMonth(int k)
    {
        if (Starts(k, "may") || Starts(k, "march") || Starts(k, "mar") || Starts(k, "jun") || Starts(k, "jan") && !IsPunct(k + 1, '.'))
        {
            if (!IsCapitalized(k))
            {
                return false;
            }
            return W(k - 1, "in") || W(k - 1, "since") || W(k - 1, "until") || W(k - 1, "by") || W(k - 1, "of") || W(k - 1, "early")
                || W(k - 1, "late") || W(k - 1, "mid") || IsPunct(k - 1, '-') || W(k - 1, "through") || W(k - 1, "till") || W(k - 1, "from")
                || W(k - 1, "to") && !W(k + 1, "be") || W(k - 1, "during") || W(k - 1, "before") || W(k - 1, "after") || W(k - 1, "last") || W(k - 1, "next");
        }
        return IsCapitalized(k) || pieces[k].Length > 3;
    }

    private static string MonthName(int month) => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static int DaysIn(int month, int year) => DateTime.DaysInMonth(year, month);

    /// <summary>A day of a month; with no year, the year comes from tense and the article date.</summary>
    private Hit DayHit(int end, int year, int month, int day, int at)
    {
        TimexAnchor anchor = TimexAnchor.None;
        if (year == 0)
        {
            (year, anchor) = YearFor(month, day, TenseAt(at), $"{MonthName(month)} {day}");
            if (year != 0 && day > DaysIn(month, year))
            {
                // "Feb. 29" resolved into a common year: keep the day, leave the year open.
                year = 0;
                anchor = new TimexAnchor(TimexAnchorKind.Unresolved, null, articleValue, $"{MonthName(month)} {day} does not exist in the year the article date points to");
            }
        }
        var point = new Point(Grain.Day, year, month, day);
        return WithPartOfDay(new Hit(end, TimexType.Date, point.Format(), anchor, point));
    }

    /// <summary>"2 November 2022", "2nd November".</summary>
    private Hit? DayMonth(int k)
    {
        if (!IsDayNumber(k) || !Is(k + 1, Lex.Month) || pieces[k + 1].Length < 3)
        {
            return null;
        }
        var month = pieces[k + 1].Value;
        var day = pieces[k].Value;
        var end = k + 2;
        var year = 0;
        if (IsYearNumber(end))
        {
            year = pieces[end].Value;
            end++;
        }
        return day > DaysIn(month, year == 0 ? 2000 : year) ? null : DayHit(end, year, month, day, k);
    }

    /// <summary>"the 2nd of November".</summary>
    private Hit? OrdinalOfMonth(int k)
    {
        var day = Is(k, Lex.Ordinal) ? pieces[k].Value : IsDayNumber(k) ? pieces[k].Value : 0;
        if (day == 0 || !W(k + 1, "of") || !Is(k + 2, Lex.Month))
        {
            return null;
        }
        var month = pieces[k + 2].Value;
        var end = k + 3;
        var year = 0;
        if (IsYearNumber(end))
        {
            year = pieces[end].Value;
            end++;
        }
        return day > DaysIn(month, year == 0 ? 2000 : year) ? null : DayHit(end, year, month, day, k);
    }

    /// <summary>"Wednesday", "Wednesday, Nov. 2", "Friday night", "Mondays" (a set).</summary>
    private Hit? WeekdayDate(int k)
    {
        var dow = pieces[k].Value;
        if (pieces[k].Plural)
        {
            return W(k - 1, "on") ? new Hit(k + 1, TimexType.Set, $"XXXX-WXX-{dow}", TimexAnchor.None) : null;
        }
        // Abbreviations ("Wed.", "Sun.") only with their period: "Sun" alone is a newspaper or a company.
        if (!text.AsSpan(pieces[k].Start, pieces[k].Length).EndsWith("day", StringComparison.OrdinalIgnoreCase)
            && (text[pieces[k].End - 1] != '.' || W(k - 1, "the") || !(IsPunct(k + 1, ',') || IsNumber(k + 1) || Is(k + 1, Lex.Month) || W(k - 1, "on") || W(k - 1, "by"))))
        {
            return null;
        }
        var next = IsPunct(k + 1, ',') ? k + 2 : k + 1;
        if (Is(next, Lex.Month) && MonthDate(next) is { Point.Grain: Grain.Day } dated)
        {
            return dated;
        }
        if (IsDayNumber(next) && Is(next + 1, Lex.Month) && DayMonth(next) is { } dayMonth)
        {
            return dayMonth;
        }
        if (IsApostrophe(k + 1) && W(k + 2, "s") && Holiday(k + 3) is { Point: { HasDate: true } holiday } && (int)holiday.Date.DayOfWeek == dow % 7)
        {
            // "Wednesday's Independence Movement Day": the Wednesday that is the holiday.
            return new Hit(k + 1, TimexType.Date, holiday.Format(), ArticleAnchor($"the {WeekdayNames[dow]} that is the holiday named after it"), holiday);
        }
        var (point, anchor) = Weekday(dow, TenseAt(k));
        return WithPartOfDay(new Hit(k + 1, TimexType.Date, point.Format(), anchor, point));
    }

    /// <summary>"2022-11-02", "11/2/2022", "11/02/22".</summary>
    private Hit? NumericDate(int k)
    {
        if (pieces[k].Digits == 4 && IsPunct(k + 1, '-') && Glued(k + 1) && IsNumber(k + 2) && Glued(k + 2) && pieces[k + 2].Digits == 2
            && IsPunct(k + 3, '-') && Glued(k + 3) && IsNumber(k + 4) && Glued(k + 4) && pieces[k + 4].Digits == 2)
        {
            return Dated(k + 5, pieces[k].Value, pieces[k + 2].Value, pieces[k + 4].Value);
        }
        if (pieces[k].Digits <= 2 && IsPunct(k + 1, '/') && Glued(k + 1) && IsNumber(k + 2) && Glued(k + 2) && pieces[k + 2].Digits <= 2
            && IsPunct(k + 3, '/') && Glued(k + 3) && IsNumber(k + 4) && Glued(k + 4) && pieces[k + 4].Digits is 2 or 4)
        {
            var year = pieces[k + 4].Value;
            if (pieces[k + 4].Digits == 2)
            {
                year += year < 50 ? 2000 : 1900;
            }
            return Dated(k + 5, year, pieces[k].Value, pieces[k + 2].Value);
        }
        return null;
    }

    private static Hit? Dated(int end, int year, int month, int day)
    {
        if (year is < 1000 or > 2199 || month is < 1 or > 12 || day < 1 || day > DaysIn(month, year))
        {
            return null;
        }
        var point = new Point(Grain.Day, year, month, day);
        return new Hit(end, TimexType.Date, point.Format(), TimexAnchor.None, point);
    }

    /// <summary>"1953", "fiscal 1989", "1910-1945", "1910-45" (the last two as a range).</summary>
    private Hit? Year(int k, bool cued)
    {
        if (!IsYearNumber(k) || IsPunct(k - 1, '$') || IsPunct(k - 1, '#') || IsPunct(k + 1, '%') || W(k + 1, "percent")
            || IsPunct(k - 1, '.') && Glued(k) || IsPunct(k - 1, ',') && Glued(k) || Starts(k - 1, "no") && IsPunct(k - 1, '.') || IsPunct(k + 1, ':') && Glued(k + 1))
        {
            return null;
        }
        var year = pieces[k].Value;
        if (QuarterOfYear(k) is { } quarterOfYear)
        {
            return quarterOfYear;
        }
        if (year < 1800 && !cued && !(W(k - 1, "in") || W(k - 1, "since") || W(k - 1, "of") || W(k - 1, "from") || W(k - 1, "until") || W(k - 1, "by") || W(k - 1, "to") || W(k - 1, "and") || W(k - 1, "before") || W(k - 1, "after")))
        {
            return null;
        }
        if (ReadUnit(k + 1, true) is not null || W(k + 1, "people") || W(k + 1, "troops") || W(k + 1, "shares") || W(k + 1, "tons") || W(k + 1, "feet") || W(k + 1, "meters") || W(k + 1, "miles"))
        {
            return null;
        }
        if (IsDash(k + 1) && (Glued(k + 1) && Glued(k + 2) || IsPunct(k + 1, '\u2013')) && IsNumber(k + 2) && pieces[k + 2].Suffix == NumberSuffix.None)
        {
            var last = pieces[k + 2].Digits switch
            {
                4 => pieces[k + 2].Value,
                2 => year / 100 * 100 + pieces[k + 2].Value,
                _ => -1,
            };
            if (last > year && last - year < 200)
            {
                var first = new Point(Grain.Year, year, 1, 1);
                var final = new Point(Grain.Year, last, 1, 1);
                return new Hit(k + 3, TimexType.Duration, $"P{last - year}Y", TimexAnchor.None)
                {
                    RangeBegin = first.Format(),
                    RangeEnd = final.Format(),
                };
            }
        }
        var point = new Point(Grain.Year, year, 1, 1);
        return new Hit(k + 1, TimexType.Date, point.Format(), TimexAnchor.None, point);
    }
}
