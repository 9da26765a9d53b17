namespace Dossier.Time.Internal;

/// <summary>Expressions relative to the article date or an earlier expression: "yesterday", "last week", "the following month".</summary>
internal sealed partial class Scanner
{
    private Hit? Deictic(int i)
    {
        if (pieces[i].Lex != Lex.Cue)
        {
            return null;
        }
        if (W(i, "today"))
        {
            return DayWithPart(i + 1, 0, "the article date itself");
        }
        if (W(i, "yesterday"))
        {
            return DayWithPart(i + 1, -1, "the day before the article date");
        }
        if (W(i, "tomorrow"))
        {
            return DayWithPart(i + 1, 1, "the day after the article date");
        }
        if (W(i, "tonight"))
        {
            var p = FromArticle(Grain.PartOfDay, Grain.Day, 0) with { Sub = 4 };
            return new Hit(i + 1, TimexType.Time, p.Format(), ArticleAnchor("the night of the article date"), p);
        }
        if (W(i, "the") && W(i + 1, "day") && (W(i + 2, "before") && W(i + 3, "yesterday") || W(i + 2, "after") && W(i + 3, "tomorrow")))
        {
            var offset = W(i + 2, "before") ? -2 : 2;
            var p = FromArticle(Grain.Day, Grain.Day, offset);
            return new Hit(i + 4, TimexType.Date, p.Format(), ArticleAnchor($"{Math.Abs(offset)} days {(offset < 0 ? "before" : "after")} the article date"), p);
        }
        if (W(i, "now") && !W(i + 1, "that") || W(i, "currently") || W(i, "presently") || W(i, "nowadays"))
        {
            return Reference(i + 1, "PRESENT_REF", "the time of writing");
        }
        if (W(i, "these") && W(i + 1, "days"))
        {
            return Reference(i + 2, "PRESENT_REF", "the time of writing");
        }
        if (W(i, "recently") || W(i, "lately"))
        {
            return Reference(i + 1, "PAST_REF", "some time before the article date");
        }
        if (W(i, "soon") && !W(i - 1, "as") && !W(i - 1, "too"))
        {
            return Reference(i + 1, "FUTURE_REF", "some time after the article date");
        }
        if (W(i, "the"))
        {
            if (W(i + 1, "past") && !IsAmountStart(i + 2) && ReadUnit(i + 2, false) is null && !Is(i + 2, Lex.Weekday) && !Is(i + 2, Lex.Season) && !W(i + 2, "few"))
            {
                return Reference(i + 2, "PAST_REF", "some time before the article date");
            }
            if (W(i + 1, "future"))
            {
                return Reference(i + 2, "FUTURE_REF", "some time after the article date");
            }
            if ((W(i + 1, "near") || W(i + 1, "foreseeable") || W(i + 1, "distant")) && W(i + 2, "future"))
            {
                return Reference(i + 3, "FUTURE_REF", "some time after the article date");
            }
        }
        return null;
    }

    private Hit Reference(int end, string value, string reason) =>
        new(end, TimexType.Date, value, new TimexAnchor(articleDate is null ? TimexAnchorKind.Unresolved : TimexAnchorKind.ArticleDate, null, articleValue, reason));

    /// <summary>"today", "yesterday morning": a day from the article date, with an optional part of day.</summary>
    private Hit DayWithPart(int next, int offset, string reason)
    {
        var day = FromArticle(Grain.Day, Grain.Day, offset);
        if (Is(next, Lex.PartOfDay) && !pieces[next].Plural)
        {
            var p = day with { Grain = Grain.PartOfDay, Sub = pieces[next].Value };
            return new Hit(next + 1, TimexType.Time, p.Format(), ArticleAnchor($"{pieces[next].Value switch { 1 => "the morning", 2 => "the afternoon", 3 => "the evening", _ => "the night" }} of {reason}"), p);
        }
        return new Hit(next, TimexType.Date, day.Format(), ArticleAnchor(reason), day);
    }

    /// <summary>
    /// "last week", "next year", "this month", "last Friday", "next March", "this summer", "last night",
    /// "the following month", "that day", "the same year", "the year-ago quarter".
    /// </summary>
    private Hit? Relative(int i)
    {
        var k = i;
        var hasThe = W(k, "the");
        if (hasThe)
        {
            k++;
        }
        var word = k;
        int offset;
        bool anaphoric;
        if (W(word, "last") || W(word, "previous") || W(word, "past") || W(word, "preceding"))
        {
            offset = -1;
            anaphoric = hasThe && (W(word, "previous") || W(word, "preceding"));
        }
        else if (W(word, "next") || W(word, "coming") || W(word, "following") || W(word, "ensuing") || W(word, "upcoming"))
        {
            offset = 1;
            anaphoric = hasThe && !W(word, "coming") && !W(word, "upcoming");
        }
        else if (!hasThe && W(word, "this") || W(word, "current"))
        {
            offset = 0;
            anaphoric = false;
        }
        else if (!hasThe && W(word, "that") || hasThe && W(word, "same"))
        {
            offset = 0;
            anaphoric = true;
        }
        else if (hasThe && (W(word, "latest") && (W(word + 1, "quarter") || W(word + 1, "period")) || W(word, "most") && W(word + 1, "recent") && W(word + 2, "quarter")))
        {
            // Earnings reports: "the latest quarter" is the one the report is about.
            return LatestQuarter(W(word, "most") ? word + 3 : word + 2);
        }
        else if (hasThe && W(word, "weekend") && !pieces[word].Plural)
        {
            return TheWeekend(word + 1);
        }
        else if (YearAgoAt(hasThe && W(word, "comparable") ? word + 1 : word) is { } yearAgoEnd)
        {
            // "the year-ago quarter" keeps its article; in "the year-ago results" it belongs to "results".
            return hasThe && !(W(yearAgoEnd, "quarter") || W(yearAgoEnd, "period") || Is(yearAgoEnd, Lex.Ordinal)) ? null : YearAgo(i, yearAgoEnd);
        }
        else if (hasThe && (W(word, "year") || W(word, "quarter")) && !pieces[word].Plural)
        {
            return TheUnit(i, word);
        }
        else
        {
            return null;
        }

        var target = word + 1;
        if (W(target, "fiscal"))
        {
            target++;
        }
        if (W(target, "year") && IsPunct(target + 1, '-') && (W(target + 2, "ago") || W(target + 2, "earlier")))
        {
            return null;
        }
        var what = text.AsSpan(pieces[target < count ? target : word].Start, pieces[target < count ? target : word].Length).ToString().ToLowerInvariant();
        var direction = offset < 0 ? "before" : offset > 0 ? "after" : "containing";
        if (ReadUnit(target, false) is { } unit && !pieces[target].Plural && unit is not (TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second or TimeUnit.Fortnight))
        {
            var grain = GrainOf(unit);
            // "past decade" without an article is a stretch of time ending now; TimeBank reads
            // "the past year" and "the last week" as the calendar unit before the article's.
            if (!hasThe && W(word, "past"))
            {
                return new Hit(target + 1, TimexType.Duration, Duration(1, false, unit), TimexAnchor.None);
            }
            if (anaphoric)
            {
                var (basis, anchor) = Anaphor($"the {what} {(offset < 0 ? "before" : offset > 0 ? "after" : "of")}", grain);
                var point = basis.HasDate ? basis.WithGrain(grain).Shift(grain, offset) : new Point(grain, 0, 0, 0);
                return new Hit(target + 1, TimexType.Date, point.Format(), anchor, point);
            }
            var p = FromArticle(grain, grain, offset);
            var hit = new Hit(target + 1, TimexType.Date, p.Format(), ArticleAnchor($"the {what} {direction} the article date"), p);
            return hit;
        }
        if (Is(target, Lex.Weekday) && !pieces[target].Plural)
        {
            var dow = pieces[target].Value;
            Point point;
            TimexAnchor anchor;
            if (anaphoric)
            {
                // "the previous Friday", "the following Monday": counted from the last day the text named.
                var (basis, dayAnchor) = Anaphor($"the {WeekdayNames[dow]} {(offset < 0 ? "before" : offset > 0 ? "after" : "of")}", Grain.Day);
                if (!basis.HasDate || offset == 0)
                {
                    return null;
                }
                var from = (int)basis.Date.DayOfWeek == 0 ? 7 : (int)basis.Date.DayOfWeek;
                var step = offset < 0 ? -((from - dow + 6) % 7 + 1) : (dow - from + 6) % 7 + 1;
                var day = Point.Of(basis.Date.AddDays(step), Grain.Day);
                return new Hit(target + 1, TimexType.Date, day.Format(), dayAnchor, day);
            }
            if (offset == 0)
            {
                // "this Friday": the one in the article's week.
                var week = FromArticle(Grain.Day, Grain.Day, 0);
                if (week.HasDate)
                {
                    var date = week.Date;
                    var today = (int)date.DayOfWeek == 0 ? 7 : (int)date.DayOfWeek;
                    point = Point.Of(date.AddDays(dow - today), Grain.Day);
                    anchor = ArticleAnchor($"the {WeekdayNames[dow]} in the week of the article date");
                }
                else
                {
                    (point, anchor) = Weekday(dow, Tense.None);
                }
            }
            else if (articleDate is { } date)
            {
                var today = (int)date.DayOfWeek == 0 ? 7 : (int)date.DayOfWeek;
                var delta = offset < 0 ? -((today - dow + 6) % 7 + 1) : (dow - today + 6) % 7 + 1;
                point = Point.Of(date.AddDays(delta), Grain.Day);
                anchor = ArticleAnchor($"the {WeekdayNames[dow]} {(offset < 0 ? "before" : "after")} the article date");
            }
            else
            {
                (point, anchor) = Weekday(dow, offset < 0 ? Tense.Past : Tense.Future);
            }
            // "next Thursday, 4 November": the date written out wins.
            if (IsPunct(target + 1, ',') && WrittenDay(target + 2) is { } written)
            {
                return written;
            }
            return WithPartOfDay(new Hit(target + 1, TimexType.Date, point.Format(), anchor, point));
        }
        if (Is(target, Lex.Month) && !anaphoric && (IsCapitalized(target) || !(Starts(target, "may") || Starts(target, "march"))))
        {
            var month = pieces[target].Value;
            var year = 0;
            if (articleDate is { } date)
            {
                year = offset switch
                {
                    < 0 => month < date.Month ? date.Year : date.Year - 1,
                    > 0 => month > date.Month ? date.Year : date.Year + 1,
                    _ => date.Year,
                };
            }
            var point = new Point(Grain.Month, year, month, 1);
            return new Hit(target + 1, TimexType.Date, point.Format(), ArticleAnchor($"the {what} {direction} the article date"), point with { Day = year == 0 ? 0 : 1 });
        }
        if (Is(target, Lex.Season) && !anaphoric)
        {
            var season = pieces[target].Value;
            var year = 0;
            if (articleDate is { } date)
            {
                var current = Point.SeasonOf(date.Month);
                var seasonYear = date.Month <= 2 ? date.Year - 1 : date.Year;
                year = offset switch
                {
                    < 0 => season < current ? seasonYear : seasonYear - 1,
                    > 0 => season > current ? seasonYear : seasonYear + 1,
                    _ => seasonYear,
                };
            }
            var point = new Point(Grain.Season, year, year == 0 ? 0 : 1 + 3 * season - 1, year == 0 ? 0 : 1, season);
            return new Hit(target + 1, TimexType.Date, point.Format(), ArticleAnchor($"the {what} {direction} the article date"), point);
        }
        if (Is(target, Lex.PartOfDay) && !pieces[target].Plural && !hasThe)
        {
            // "this morning", "last night" (the night before the article date).
            var part = pieces[target].Value;
            var shift = offset < 0 ? -1 : offset;
            if (anaphoric)
            {
                var (basis, a) = Anaphor($"the {what} of the day", Grain.Day);
                var bp = basis.HasDate ? basis.WithGrain(Grain.PartOfDay) with { Sub = part } : new Point(Grain.PartOfDay, 0, 0, 0, part);
                return new Hit(target + 1, TimexType.Time, bp.Format(), a, bp);
            }
            var p = FromArticle(Grain.Day, Grain.Day, shift) with { Grain = Grain.PartOfDay, Sub = part };
            return new Hit(target + 1, TimexType.Time, p.Format(), ArticleAnchor(shift == 0 ? $"the {what} of the article date" : $"the {what} {direction} the article date"), p);
        }
        return null;
    }

    /// <summary>A day written out at <paramref name="k"/>: "Nov. 4" or "4 November".</summary>
    private Hit? WrittenDay(int k) =>
        Is(k, Lex.Month) && MonthDate(k) is { Point.Grain: Grain.Day } monthDay ? monthDay
        : IsDayNumber(k) && Is(k + 1, Lex.Month) ? DayMonth(k)
        : null;

    /// <summary>"over the weekend": the weekend before or after the article date, as tense says.</summary>
    private Hit TheWeekend(int end)
    {
        var tense = TenseAt(end - 1);
        if (articleDate is not { } date)
        {
            return new Hit(end, TimexType.Date, "XXXX-WXX-WE", ArticleAnchor("a weekend"));
        }
        var today = (int)date.DayOfWeek == 0 ? 7 : (int)date.DayOfWeek;
        // The Saturday of the weekend meant: on a weekend day, that weekend; otherwise the one before or after.
        var saturday = today >= 6 ? date.AddDays(6 - today)
            : tense == Tense.Future ? date.AddDays(6 - today)
            : date.AddDays(-(today + 1));
        var point = Point.Of(saturday, Grain.Weekend);
        var reason = today >= 6 ? "the weekend of the article date" : tense == Tense.Future ? "future-tense context, so the weekend after the article date" : "the weekend before the article date";
        return new Hit(end, TimexType.Date, point.Format(), ArticleAnchor(reason), point);
    }

    private Hit LatestQuarter(int end)
    {
        if (lastQuarter is { } last)
        {
            return new Hit(end, TimexType.Date, last.Format(), new TimexAnchor(TimexAnchorKind.EarlierExpression, lastQuarterSpan, lastQuarterValue, $"the quarter named in \"{lastQuarterSpan.Of(text)}\""), last);
        }
        var p = FromArticle(Grain.Quarter, Grain.Quarter, -1);
        return new Hit(end, TimexType.Date, p.Format(), ArticleAnchor("the last quarter completed before the article date"), p);
    }

    /// <summary>"the year", "the quarter": the one last mentioned, else the article's.</summary>
    private Hit? TheUnit(int i, int unitAt)
    {
        if (W(unitAt + 1, "of") || W(unitAt + 1, "before") || W(unitAt + 1, "after") || W(unitAt + 1, "ago") || IsPunct(unitAt + 1, '-') || W(unitAt + 1, "earlier"))
        {
            return null;
        }
        var quarter = W(unitAt, "quarter");
        if (!quarter && (W(unitAt + 1, "ended") || W(unitAt + 1, "ending") || W(unitAt + 1, "through")))
        {
            // "the year ended March 31": a fiscal year, a stretch of time.
            return new Hit(unitAt + 1, TimexType.Duration, "P1Y", TimexAnchor.None);
        }
        if (quarter && lastQuarter is { } last)
        {
            return new Hit(unitAt + 1, TimexType.Date, last.Format(), new TimexAnchor(TimexAnchorKind.EarlierExpression, lastQuarterSpan, lastQuarterValue, $"the quarter named in \"{lastQuarterSpan.Of(text)}\""), last);
        }
        if (quarter)
        {
            // Earnings reports: "the quarter" is the last completed one.
            var p = FromArticle(Grain.Quarter, Grain.Quarter, -1);
            return new Hit(unitAt + 1, TimexType.Date, p.Format(), ArticleAnchor("the quarter before the article date's"), p);
        }
        if (lastPoint is { Grain: Grain.Year, Year: not 0 } named)
        {
            return new Hit(unitAt + 1, TimexType.Date, named.Format(), new TimexAnchor(TimexAnchorKind.EarlierExpression, lastSpan, lastValue, $"the year named in \"{lastSpan.Of(text)}\""), named);
        }
        var y = FromArticle(Grain.Year, Grain.Year, 0);
        return new Hit(unitAt + 1, TimexType.Date, y.Format(), ArticleAnchor("the year of the article date"), y);
    }

    /// <summary>"year-ago", "the year-earlier quarter": a year before the period last mentioned.</summary>
    /// <summary>The piece after "year-ago" / "year-earlier" starting at <paramref name="k"/>, or null.</summary>
    private int? YearAgoAt(int k) =>
        W(k, "year") && IsPunct(k + 1, '-') && Glued(k + 1) && (W(k + 2, "ago") || W(k + 2, "earlier")) ? k + 3 : null;

    private Hit YearAgo(int i, int end)
    {
        if (Is(end, Lex.Ordinal) && W(end + 1, "quarter"))
        {
            end++;
        }
        if (W(end, "quarter") || W(end, "period"))
        {
            end++;
        }
        var hit = YearBefore(end, "a year earlier") ?? Offset(end, TimeUnit.Year, -1);
        hit.Comparison = true;
        return hit;
    }

    /// <summary>
    /// Earnings reports compare a quarter with "a year ago", "a year earlier", "the year-ago quarter":
    /// once a quarter is named, these mean that quarter a year before.
    /// </summary>
    private Hit? YearBefore(int end, string what)
    {
        if (lastQuarter is not { } quarter)
        {
            return null;
        }
        var point = quarter.Shift(Grain.Year, -1);
        return new Hit(end, TimexType.Date, point.Format(),
            new TimexAnchor(TimexAnchorKind.EarlierExpression, lastQuarterSpan, lastQuarterValue, $"{what} than the quarter named in \"{lastQuarterSpan.Of(text)}\""), point)
        {
            Comparison = true,
        };
    }

    /// <summary>"Friday night", "this morning": a part of day after a day makes it a TIME.</summary>
    private Hit WithPartOfDay(Hit day)
    {
        var next = day.End;
        if (Is(next, Lex.PartOfDay) && !pieces[next].Plural && day.Point is { } point)
        {
            var p = point with { Grain = Grain.PartOfDay, Sub = pieces[next].Value };
            return new Hit(next + 1, TimexType.Time, p.Format(), day.Anchor, p);
        }
        return day;
    }

    /// <summary>
    /// "early next year", "late 2022", "mid-November", "the end of 1990", "the beginning of October",
    /// "earlier this year", "later in the day", "later that year".
    /// </summary>
    private Hit? PartModified(int i)
    {
        var k = W(i, "the") && (W(i + 1, "early") || W(i + 1, "late") || W(i + 1, "mid")) ? i + 1 : i;
        TimexMod mod;
        if (W(k, "early") || W(k, "earlier"))
        {
            mod = TimexMod.Start;
            k++;
        }
        else if (W(k, "late") || W(k, "later"))
        {
            mod = TimexMod.End;
            k++;
        }
        else if (W(k, "mid") || W(k, "middle") && !W(k - 1, "the"))
        {
            mod = TimexMod.Mid;
            k++;
        }
        else if (W(k, "the") && (W(k + 1, "beginning") || W(k + 1, "start") || W(k + 1, "end") || W(k + 1, "middle") || W(k + 1, "turn")) && W(k + 2, "of"))
        {
            mod = W(k + 1, "end") ? TimexMod.End : W(k + 1, "middle") ? TimexMod.Mid : TimexMod.Start;
            k += 3;
        }
        else if (W(k, "year") && IsPunct(k + 1, '-') && W(k + 2, "end") || W(k, "year-end") || W(k, "yearend") || W(k, "year") && W(k + 1, "end"))
        {
            var end = W(k, "year") ? (IsPunct(k + 1, '-') ? k + 3 : k + 2) : k + 1;
            var year = lastPoint is { Year: not 0, Grain: Grain.Year } last ? last : FromArticle(Grain.Year, Grain.Year, 0);
            return new Hit(end, TimexType.Date, year.Format(), ArticleAnchor("the end of the article's year"), year) { Mod = TimexMod.End };
        }
        else
        {
            return null;
        }
        if (IsPunct(k, '-') && Glued(k))
        {
            k++;
        }
        if ((W(i, "earlier") || W(i, "later")) && W(k, "in") && W(k + 1, "the") && ReadUnit(k + 2, false) is { } unit && !pieces[k + 2].Plural)
        {
            // "later in the day": the day last mentioned, or the article's.
            var grain = GrainOf(unit);
            var (basis, anchor) = Anaphor($"later in the same {unit.ToString().ToLowerInvariant()}", grain);
            var point = basis.HasDate ? basis.WithGrain(grain) : new Point(grain, 0, 0, 0);
            return new Hit(k + 3, TimexType.Date, point.Format(), anchor, point);
        }
        Hit? inner = null;
        Consider(ref inner, Deictic(k));
        Consider(ref inner, Relative(k));
        Consider(ref inner, Calendar(k));
        if (inner is not { } hit || hit.Type == TimexType.Duration || hit.Value.EndsWith("_REF", StringComparison.Ordinal))
        {
            return null;
        }
        // "earlier today", "later Thursday", "earlier this week": TimeBank leaves the adverb out.
        if ((W(i, "earlier") || W(i, "later")) && hit.Point is { Grain: >= Grain.Week } && hit.Anchor.Kind != TimexAnchorKind.EarlierExpression)
        {
            return null;
        }
        hit.Mod = mod;
        return hit;
    }
}
