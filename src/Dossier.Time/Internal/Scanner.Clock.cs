namespace Dossier.Time.Internal;

/// <summary>Clock times: "10:35 a.m.", "6 p.m. EST Thursday", "noon Saturday", "4 in the morning".</summary>
internal sealed partial class Scanner
{
    private static readonly string[] TimeZones = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "kst", "jst", "et", "pt"];

    private Hit? Clock(int i)
    {
        int hour, minute = 0, end;
        if (W(i, "noon") || W(i, "midday"))
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
            var colon = false;
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
                suffix = NumberSuffix.Other;
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
            else if (!(colon && hour <= 23) && suffix != NumberSuffix.Other)
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
            anchor = new TimexAnchor(TimexAnchorKind.EarlierExpression, lastSpan, lastValue, "on the day named earlier in the sentence");
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
