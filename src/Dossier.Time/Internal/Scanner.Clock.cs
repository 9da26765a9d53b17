namespace Dossier.Time.Internal;

/// <summary>Clock times: "10:35 a.m.", "6 p.m. EST Thursday", "noon Saturday", "4 in the morning".</summary>
internal sealed partial class Scanner
{
    private static readonly string[] TimeZones = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "kst", "jst", "et", "pt"];

    /// <summary>"at 14:30", "by 09:00 GMT": a bare colon time needs a cue, or "3:39" is a race time or a score.</summary>
    private bool IsClockContext(int i, int end)
    {
        if (W(i - 1, "at") || W(i - 1, "by") || W(i - 1, "until") || W(i - 1, "till") || W(i - 1, "from") || W(i - 1, "before")
            || W(i - 1, "after") || W(i - 1, "around") || W(i - 1, "about") || W(i - 1, "since") || W(end, "local") || W(end, "hours") || W(end, "h"))
        {
            return true;
        }
        foreach (var zone in TimeZones)
        {
            if (W(end, zone))
            {
                return true;
            }
        }
        return false;
    }

    private Hit? Clock(int i)
    {
        int hour, minute = 0, end;
        if ((W(i, "noon") || W(i, "midday")) && !W(i - 1, "high"))
        {
            (hour, end) = (12, i + 1);
        }
        else if (W(i, "midnight"))
        {
            (hour, end) = (24, i + 1);
        }
        else if (IsNumber(i) && pieces[i].Digits <= 2)
        {
            hour = pieces[i].Value;
            end = i + 1;
            var suffix = pieces[i].Suffix;
            if (suffix is not (NumberSuffix.None or NumberSuffix.Am or NumberSuffix.Pm))
            {
                return null;
            }
            var colon = false;
            var oclock = false;
            if (suffix == NumberSuffix.None && IsPunct(end, ':') && Glued(end) && IsNumber(end + 1) && Glued(end + 1) && pieces[end + 1].Digits == 2 && pieces[end + 1].Value < 60)
            {
                minute = pieces[end + 1].Value;
                suffix = pieces[end + 1].Suffix;
                colon = true;
                end += 2;
            }
            if (suffix == NumberSuffix.None && (Starts(end, "a.m") || W(end, "am") && !IsCapitalized(end)))
            {
                suffix = NumberSuffix.Am;
                end++;
            }
            else if (suffix == NumberSuffix.None && (Starts(end, "p.m") || W(end, "pm")))
            {
                suffix = NumberSuffix.Pm;
                end++;
            }
            else if (suffix == NumberSuffix.None && W(end, "o") && IsApostrophe(end + 1) && W(end + 2, "clock"))
            {
                end += 3;
                oclock = true;
            }
            else if (suffix == NumberSuffix.None && W(end, "in") && W(end + 1, "the") && Is(end + 2, Lex.PartOfDay) && hour <= 12)
            {
                suffix = pieces[end + 2].Value == 1 ? NumberSuffix.Am : NumberSuffix.Pm;
                end += 3;
            }
            if (suffix is NumberSuffix.Am or NumberSuffix.Pm)
            {
                if (hour is < 1 or > 12)
                {
                    return null;
                }
                hour = suffix == NumberSuffix.Pm ? hour % 12 + 12 : hour % 12;
            }
            else if (!(colon && hour <= 23 && IsClockContext(i, end)) && !(oclock && hour is >= 1 and <= 12))
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        foreach (var zone in TimeZones)
        {
            if (W(end, zone))
            {
                end++;
                break;
            }
        }

        // A day right after the time belongs to it: "10 p.m. Wednesday", "noon today".
        Hit? day = null;
        if (IsPunct(end, ',') && (Is(end + 1, Lex.Month) || Is(end + 1, Lex.Weekday)))
        {
            end++;
        }
        var dayAt = W(end, "on") ? end + 1 : end;
        if (W(end, "on") && !Is(dayAt, Lex.Weekday) && !Is(dayAt, Lex.Month))
        {
            dayAt = end;
        }
        if (Is(dayAt, Lex.Weekday))
        {
            day = WeekdayDate(dayAt);
        }
        else if (Is(dayAt, Lex.Month))
        {
            day = MonthDate(dayAt);
        }
        else if (W(dayAt, "today") || W(dayAt, "yesterday") || W(dayAt, "tomorrow"))
        {
            day = Deictic(dayAt);
        }

        Point date;
        TimexAnchor anchor;
        if (day is { Point: { Grain: >= Grain.Day } p } d && d.Type == TimexType.Date)
        {
            date = p;
            anchor = d.Anchor;
            end = d.End;
        }
        else if (sentenceDay >= 0)
        {
            date = sentenceDayPoint;
            anchor = new TimexAnchor(TimexAnchorKind.EarlierExpression, lastDaySpan, lastDayValue, "on the day named earlier in the sentence");
        }
        else
        {
            date = FromArticle(Grain.Day, Grain.Day, 0);
            anchor = ArticleAnchor("a time of day on the article date");
        }
        var point = date with { Grain = Grain.Minute, Hour = hour, Minute = minute };
        return new Hit(end, TimexType.Time, point.Format(), anchor, point);
    }
}
