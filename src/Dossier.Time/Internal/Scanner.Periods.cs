namespace Dossier.Time.Internal;

/// <summary>Periods longer than a month: quarters, halves, seasons, decades, centuries and spoken years.</summary>
internal sealed partial class Scanner
{
    /// <summary>"the 1988 second quarter", "the 1988 quarter", "the 1988 period" (the quarter last named, in 1988).</summary>
    private Hit? QuarterOfYear(int k)
    {
        var at = k + 1;
        var n = 0;
        if (Is(at, Lex.Ordinal) && pieces[at].Value is >= 1 and <= 4)
        {
            n = pieces[at].Value;
            at++;
            if (IsPunct(at, '-'))
            {
                at++;
            }
        }
        if (!W(at, "quarter") && !(n == 0 && W(at, "period") && lastQuarter is not null))
        {
            return null;
        }
        if (n == 0)
        {
            n = lastQuarter?.Sub ?? 0;
        }
        var point = new Point(Grain.Quarter, pieces[k].Value, n == 0 ? 1 : 3 * n - 2, 1, n);
        return new Hit(at + 1, TimexType.Date, point.Format(), TimexAnchor.None, n == 0 ? null : point);
    }

    /// <summary>"1990s" (a decade), "1900s".</summary>
    private Hit? Decade(int k)
    {
        if (pieces[k].Suffix != NumberSuffix.Plural || pieces[k].Digits != 4 || pieces[k].Value % 10 != 0)
        {
            return null;
        }
        var year = pieces[k].Value;
        // "the 1900s" is a century; "the 2000s" is read as the decade, as news uses it.
        var point = year % 100 == 0 && year != 2000 ? new Point(Grain.Century, year, 1, 1) : new Point(Grain.Decade, year, 1, 1);
        return new Hit(k + 1, TimexType.Date, point.Format(), TimexAnchor.None, point);
    }

    /// <summary>"'90s", "the '80s", "'98".</summary>
    private Hit? ShortDecadeOrYear(int k)
    {
        ref var piece = ref pieces[k + 1];
        if (!Glued(k + 1))
        {
            return null;
        }
        var year = piece.Value + (piece.Value < 30 ? 2000 : 1900);
        if (piece.Suffix == NumberSuffix.Plural && piece.Value % 10 == 0)
        {
            var decade = new Point(Grain.Decade, year, 1, 1);
            return new Hit(k + 2, TimexType.Date, decade.Format(), TimexAnchor.None, decade);
        }
        return null;
    }

    /// <summary>"20th century", "the nineteenth century", "21st-century".</summary>
    private Hit? Century(int k)
    {
        var n = Is(k, Lex.Ordinal) ? pieces[k].Value : IsNumber(k) && pieces[k].Suffix == NumberSuffix.Ordinal ? pieces[k].Value : 0;
        var unitAt = IsPunct(k + 1, '-') ? k + 2 : k + 1;
        if (n is < 1 or > 21 || !W(unitAt, "century"))
        {
            return null;
        }
        var point = new Point(Grain.Century, (n - 1) * 100, 1, 1);
        return new Hit(unitAt + 1, TimexType.Date, point.Format(), TimexAnchor.None, point);
    }

    /// <summary>"the third quarter", "third-quarter", "the first quarter of 2022", "Q3 2022", "the first half".</summary>
    private Hit? QuarterOrHalf(int k)
    {
        int n;
        bool half;
        int end;
        if (W(k, "q1") || W(k, "q2") || W(k, "q3") || W(k, "q4") || W(k, "h1") || W(k, "h2"))
        {
            n = text[pieces[k].Start + 1] - '0';
            half = char.ToLowerInvariant(text[pieces[k].Start]) == 'h';
            end = k + 1;
        }
        else
        {
            n = pieces[k].Value;
            var unitAt = IsPunct(k + 1, '-') && Glued(k + 1) ? k + 2 : k + 1;
            if (W(unitAt, "fiscal"))
            {
                unitAt++;
            }
            half = W(unitAt, "half");
            if (!half && !W(unitAt, "quarter") || half && n > 2 || n is < 1 or > 4)
            {
                return null;
            }
            end = unitAt + 1;
        }
        var grain = half ? Grain.Half : Grain.Quarter;
        var yearAt = W(end, "of") ? end + 1 : end;
        if (IsYearNumber(yearAt))
        {
            var year = pieces[yearAt].Value;
            var point = new Point(grain, year, half ? 6 * n - 5 : 3 * n - 2, 1, n);
            return new Hit(yearAt + 1, TimexType.Date, point.Format(), TimexAnchor.None, point);
        }
        if (W(end, "of") && (W(end + 1, "the") || W(end + 1, "this") || W(end + 1, "last") || W(end + 1, "next")) && W(end + 2, "year"))
        {
            // "the second half of the year", "the first quarter of next year".
            var offset = W(end + 1, "last") ? -1 : W(end + 1, "next") ? 1 : 0;
            var year = FromArticle(Grain.Year, Grain.Year, offset).Year;
            var month = half ? 6 * n - 5 : 3 * n - 2;
            var ofYear = new Point(grain, year, year == 0 ? 0 : month, year == 0 ? 0 : 1, n);
            return new Hit(end + 3, TimexType.Date, ofYear.Format(), ArticleAnchor($"the {(half ? "half" : "quarter")} of the year {(offset < 0 ? "before" : offset > 0 ? "after" : "of")} the article date"), ofYear);
        }
        if (half && !W(k - 1, "the") && !W(k - 2, "the"))
        {
            return null;
        }
        // No year: the latest such quarter that has begun by the article date (earnings news reports past quarters).
        var startMonth = half ? 6 * n - 5 : 3 * n - 2;
        var resolvedYear = 0;
        TimexAnchor anchor = ArticleAnchor($"the {(half ? "half" : "quarter")} of that number begun by the article date");
        if (articleDate is { } date)
        {
            resolvedYear = startMonth <= date.Month ? date.Year : date.Year - 1;
            if (TenseAt(k) == Tense.Future && startMonth + (half ? 5 : 2) < date.Month)
            {
                resolvedYear = date.Year + 1;
            }
        }
        var p = new Point(grain, resolvedYear, resolvedYear == 0 ? 0 : startMonth, resolvedYear == 0 ? 0 : 1, n);
        return new Hit(end, TimexType.Date, p.Format(), anchor, p);
    }

    /// <summary>"summer 2022", "the summer of 2022", "in the summer".</summary>
    private Hit? Season(int k, bool cued)
    {
        var season = pieces[k].Value;
        var yearAt = W(k + 1, "of") ? k + 2 : k + 1;
        if (IsYearNumber(yearAt))
        {
            var point = new Point(Grain.Season, pieces[yearAt].Value, 3 * season, 1, season);
            return new Hit(yearAt + 1, TimexType.Date, point.Format(), TimexAnchor.None, point);
        }
        var before = cued ? k - 2 : k - 1;
        if (!(W(before, "in") || W(before, "during") || W(before, "over") || W(before, "since") || W(before, "until") || W(before, "by") || W(before, "through") || W(before, "early") || W(before, "late")) || W(k, "fall") && !cued)
        {
            return null;
        }
        var (year, anchor) = YearFor(3 * season, 0, TenseAt(k), season switch { 1 => "spring", 2 => "summer", 3 => "fall", _ => "winter" });
        var p = new Point(Grain.Season, year, year == 0 ? 0 : 3 * season, year == 0 ? 0 : 1, season);
        return new Hit(k + 1, TimexType.Date, p.Format(), anchor, p);
    }

    /// <summary>"nineteen ninety-six", "nineteen seventy-nine" (spoken years in broadcast transcripts).</summary>
    private Hit? SpokenYear(int k)
    {
        if (pieces[k].Value is 1 or 2 && Is(k + 1, Lex.Cardinal) && pieces[k + 1].Value == 1000 && W(k - 1, "year"))
        {
            var after = k + 2;
            var thousand = pieces[k].Value * 1000;
            if (W(after, "and") && Is(after + 1, Lex.Cardinal) && pieces[after + 1].Value < 100)
            {
                thousand += pieces[after + 1].Value;
                after += 2;
            }
            var millennium = new Point(Grain.Year, thousand, 1, 1);
            return new Hit(after, TimexType.Date, millennium.Format(), TimexAnchor.None, millennium);
        }
        if (pieces[k].Value is not (19 or 18) || !Is(k + 1, Lex.Cardinal) || pieces[k + 1].Value is < 20 or > 90 || pieces[k + 1].Value % 10 != 0)
        {
            return null;
        }
        var year = pieces[k].Value * 100 + pieces[k + 1].Value;
        var end = k + 2;
        if (IsPunct(end, '-') && Glued(end) && Is(end + 1, Lex.Cardinal) && pieces[end + 1].Value is >= 1 and <= 9)
        {
            year += pieces[end + 1].Value;
            end += 2;
        }
        var point = new Point(Grain.Year, year, 1, 1);
        return new Hit(end, TimexType.Date, point.Format(), TimexAnchor.None, point);
    }
}
