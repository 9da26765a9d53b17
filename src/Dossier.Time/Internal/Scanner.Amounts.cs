using System.Globalization;

namespace Dossier.Time.Internal;

/// <summary>Amounts of time: durations ("35 years", "two-day"), offsets ("two days ago", "a year earlier") and sets.</summary>
internal sealed partial class Scanner
{
    /// <summary>Reads a number in digits or words at <paramref name="i"/>.</summary>
    private Amount? ReadAmount(int i)
    {
        if (IsNumber(i) && pieces[i].Suffix == NumberSuffix.None && pieces[i].Digits <= 6)
        {
            var whole = pieces[i].Value;
            var end = i + 1;
            // "1,000"
            while (IsPunct(end, ',') && Glued(end) && IsNumber(end + 1) && Glued(end + 1) && pieces[end + 1].Digits == 3)
            {
                whole = whole * 1000 + pieces[end + 1].Value;
                end += 2;
            }
            // "5 1/2"
            if (IsNumber(end) && pieces[end].Value == 1 && IsPunct(end + 1, '/') && IsNumber(end + 2) && pieces[end + 2].Value == 2 && Glued(end + 1))
            {
                return new Amount(whole, true, true, false, end + 3);
            }
            if (IsPunct(end, '.') && Glued(end) && IsNumber(end + 1) && Glued(end + 1))
            {
                // "2.5 years": keep the whole part and the half when it is one.
                return new Amount(whole, pieces[end + 1].Value == 5 && pieces[end + 1].Digits == 1, true, false, end + 2);
            }
            return AndAHalf(new Amount(whole, false, true, false, end));
        }
        if (Is(i, Lex.Cardinal))
        {
            var whole = pieces[i].Value;
            var end = i + 1;
            if (whole >= 20 && whole < 100 && whole % 10 == 0)
            {
                var next = IsPunct(end, '-') && Glued(end) ? end + 1 : end;
                if (Is(next, Lex.Cardinal) && pieces[next].Value is > 0 and < 10)
                {
                    whole += pieces[next].Value;
                    end = next + 1;
                }
            }
            if (Is(end, Lex.Cardinal) && pieces[end].Value is 100 or 1000 && whole < 100)
            {
                whole *= pieces[end].Value;
                end++;
            }
            return AndAHalf(new Amount(whole, false, true, false, end));
        }
        if ((W(i, "a") || W(i, "an")) && i + 1 < count)
        {
            if (W(i + 1, "few") || W(i + 1, "number") && W(i + 2, "of"))
            {
                return new Amount(0, false, false, false, W(i + 1, "few") ? i + 2 : i + 3);
            }
            if (W(i + 1, "couple") && W(i + 2, "of"))
            {
                return new Amount(2, false, true, true, i + 3);
            }
            if (Is(i + 1, Lex.Cardinal) && pieces[i + 1].Value is 100 or 1000 or 12)
            {
                return new Amount(pieces[i + 1].Value, false, true, false, i + 2);
            }
            return AndAHalf(new Amount(1, false, true, false, i + 1));
        }
        if (W(i, "several") || W(i, "few") || W(i, "many") || W(i, "some"))
        {
            return new Amount(0, false, false, false, i + 1);
        }
        if (W(i, "couple") && W(i + 1, "of"))
        {
            return new Amount(2, false, true, true, i + 2);
        }
        if (W(i, "half") && (W(i + 1, "a") || W(i + 1, "an")))
        {
            return new Amount(0, true, true, false, i + 2);
        }
        return null;
    }

    /// <summary>"two and a half".</summary>
    private Amount AndAHalf(Amount amount) =>
        W(amount.End, "and") && W(amount.End + 1, "a") && W(amount.End + 2, "half")
            ? amount with { Half = true, End = amount.End + 3 }
            : amount;

    /// <summary>A unit word at <paramref name="i"/>; "second" counts only after a number.</summary>
    private TimeUnit? ReadUnit(int i, bool afterNumber)
    {
        if (Is(i, Lex.Unit))
        {
            return (TimeUnit)pieces[i].Value;
        }
        return afterNumber && W(i, "second") && !W(i + 1, "quarter") && !W(i + 1, "half") ? TimeUnit.Second : null;
    }

    private static readonly string[] RelativeLeads = ["past", "last", "next", "coming", "previous", "following", "first", "final", "latest", "recent", "initial", "remaining", "additional", "further", "ensuing", "succeeding", "preceding", "other"];

    /// <summary>
    /// Amount + unit: "35 years", "the past three years", "a two-day visit" (only "two-day"),
    /// "two days ago", "a year earlier", "several years", "the next few days", "recent months".
    /// </summary>
    private Hit? Amount(int i)
    {
        var k = i;
        var hasThe = false;
        if (W(k, "the"))
        {
            hasThe = true;
            k++;
        }
        var lead = -1;
        for (var r = 0; r < RelativeLeads.Length; r++)
        {
            if (W(k, RelativeLeads[r]))
            {
                lead = r;
                break;
            }
        }
        if (lead >= 0)
        {
            k++;
        }
        var amount = ReadAmount(k);
        var unitAt = amount?.End ?? k;
        if (hasThe && lead < 0 && amount is not null && Hyphen(unitAt))
        {
            // "the 14-day limit": the article belongs to the noun.
            return null;
        }
        var hyphenated = false;
        if (amount is not null && IsPunct(unitAt, '-') && Glued(unitAt) && Glued(unitAt + 1))
        {
            hyphenated = true;
            unitAt++;
        }
        var more = W(unitAt, "more") || W(unitAt, "additional") || W(unitAt, "full") || W(unitAt, "straight") || W(unitAt, "consecutive") || W(unitAt, "trading") || W(unitAt, "business");
        if (more && !hyphenated)
        {
            unitAt++;
        }
        var unit = ReadUnit(unitAt, amount is { Known: true } && !W(k, "a") && !W(k, "an"));
        if (unit is not { } u)
        {
            return null;
        }
        var plural = pieces[unitAt].Plural;
        var end = unitAt + 1;
        if (hyphenated && plural)
        {
            // "three-quarters of its food" is a fraction; adjectival durations are singular ("two-day").
            return null;
        }
        if (!hyphenated && IsPunct(end, '-') && Glued(end) && (W(end + 1, "ago") || W(end + 1, "earlier") || W(end + 1, "end") || W(end + 1, "long") || W(end + 1, "old")))
        {
            // "a year-earlier loss": "year-earlier" is the expression, read from the next piece.
            return null;
        }

        if (amount is null)
        {
            // "recent years", "the coming weeks", "the past few" needs an amount; a bare plural only after "for"/"in"/"over".
            var bareOk = plural && (!hasThe && lead < 0 && W(end, "ago") || lead >= 0 && RelativeLeads[lead] is "recent" or "coming" or "past" or "last" or "next" or "following" or "previous" or "first" or "final" or "remaining"
                || !hasThe && lead < 0 && (W(i - 1, "for") || W(i - 1, "in") || W(i - 1, "over") || W(i - 1, "within") || W(i - 1, "take") || W(i - 1, "takes")));
            if (!bareOk)
            {
                return HyphenLong(i, unitAt, u);
            }
            if (lead >= 0 && RelativeLeads[lead] == "recent" && !hasThe && !plural)
            {
                return null;
            }
        }
        else if (!amount.Value.Known && !plural || amount.Value.Known && amount.Value.Whole != 1 && !plural && !hyphenated && !amount.Value.Half)
        {
            // "1988 quarter", "two week": a count with a singular unit is not an amount of time.
            return null;
        }

        // Ages ("a 35-year-old man") are not time expressions in TimeBank.
        if (hyphenated && IsPunct(end, '-') && Glued(end) && (W(end + 1, "old") || W(end + 1, "olds")))
        {
            return null;
        }
        if (W(end, "old") && !hyphenated || (W(end, "of") && W(end + 1, "age")))
        {
            return null;
        }
        if (hyphenated && IsPunct(end, '-') && Glued(end) && W(end + 1, "long"))
        {
            end += 2;
        }

        var n = amount?.Known == true ? amount.Value.Whole : -1;
        var half = amount?.Half == true;
        var approx = amount?.Approximate == true;

        var roughly = false;
        if (W(end, "or") && W(end + 1, "so") && W(end + 2, "ago"))
        {
            // "a week or so ago"
            end += 2;
            roughly = true;
        }
        if (!hyphenated && lead < 0 && !hasThe)
        {
            if ((W(end, "ago") || W(end, "earlier")) && n == 1 && u == TimeUnit.Year && YearBefore(end + 1, "a year earlier") is { } yearBefore)
            {
                return yearBefore;
            }
            if (W(end, "ago"))
            {
                var ago = Ago(i, end + 1, u, n);
                ago.Mod = roughly ? TimexMod.Approx : TimexMod.None;
                return ago;
            }
            if ((W(end, "earlier") || W(end, "later") || W(end, "before") && IsClauseEnd(end + 1) || W(end, "after") && IsClauseEnd(end + 1)) && n > 0)
            {
                var offset = Offset(end + 1, u, W(end, "earlier") || W(end, "before") ? -n : n);
                offset.Comparison = W(end, "earlier") || W(end, "before");
                return offset;
            }
            if (W(end, "from") && W(end + 1, "now") && n > 0)
            {
                var p = FromArticle(GrainOf(u), GrainOf(u), n * Multiple(u));
                return new Hit(end + 2, TimexType.Date, p.Format(), ArticleAnchor($"{n} {u.ToString().ToLowerInvariant()}(s) after the article date"), p);
            }
            if (amount is { } a && (W(i, "a") || W(i, "an") || W(i, "per")) && !plural && IsRateContext(i - 1))
            {
                return new Hit(end, TimexType.Set, Duration(1, false, u), TimexAnchor.None);
            }
        }

        // A trailing quarter/period after year-ago forms is handled in Relative; here a plain duration.
        var hit = new Hit(end, TimexType.Duration, Duration(n, half, u), TimexAnchor.None);
        if (approx)
        {
            hit.Mod = TimexMod.Approx;
        }
        return hit;
    }

    /// <summary>"day-long", "year-long": a one-unit duration.</summary>
    private Hit? HyphenLong(int i, int unitAt, TimeUnit unit) =>
        unitAt == i && IsPunct(unitAt + 1, '-') && Glued(unitAt + 1) && W(unitAt + 2, "long") && Glued(unitAt + 2)
            ? new Hit(unitAt + 3, TimexType.Duration, pieces[unitAt].Plural ? Duration(-1, false, unit) : Duration(1, false, unit), TimexAnchor.None)
            : null;

    private bool IsClauseEnd(int i) => i >= count || pieces[i].Kind == PieceKind.Punct && text[pieces[i].Start] is '.' or ',' or ';' or ':' or ')' or '"' or '\u201D';

    /// <summary>"$5 million a year", "twice a week": the amount before makes "a year" a rate.</summary>
    private bool IsRateContext(int before) =>
        before >= 0 && (pieces[before].Kind == PieceKind.Number || W(before, "million") || W(before, "billion") || W(before, "percent")
            || W(before, "once") || W(before, "twice") || W(before, "times") || W(before, "dollars") || IsPunct(before, '%')
            || W(before, "cents") || W(before, "barrels") || W(before, "tons") || W(before, "hours") || W(before, "days"));

    private Hit Ago(int i, int end, TimeUnit unit, int n)
    {
        if (n <= 0)
        {
            return new Hit(end, TimexType.Date, "PAST_REF", new TimexAnchor(TimexAnchorKind.ArticleDate, null, articleValue, "an unstated time before the article date"));
        }
        var grain = unit switch
        {
            TimeUnit.Decade or TimeUnit.Century => Grain.Year,
            TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => Grain.Day,
            _ => GrainOf(unit),
        };
        var shiftUnit = unit switch
        {
            TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => Grain.Day,
            _ => GrainOf(unit),
        };
        var steps = unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second ? 0 : -n * Multiple(unit);
        var point = FromArticle(grain, shiftUnit, steps);
        return new Hit(end, TimexType.Date, point.Format(), ArticleAnchor($"{n} {Plural(unit, n)} before the article date"), point);
    }

    /// <summary>"two days later", "a year earlier": counted from the last date the text gave.</summary>
    private Hit Offset(int end, TimeUnit unit, int n)
    {
        var (basis, anchor) = Anaphor($"{Math.Abs(n)} {Plural(unit, Math.Abs(n))} {(n < 0 ? "earlier" : "later")}", GrainOf(unit) >= Grain.Day || unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second ? Grain.Day : Grain.Year);
        var grain = GrainOf(unit);
        if (unit is TimeUnit.Year && basis.Grain is Grain.Quarter or Grain.Month or Grain.Day && lastPoint is not null)
        {
            grain = basis.Grain;
        }
        if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
        {
            grain = Grain.Day;
        }
        var point = basis.HasDate ? basis.WithGrain(grain).Shift(unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second ? Grain.Day : GrainOf(unit), unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second ? 0 : n * Multiple(unit)) : new Point(grain, 0, 0, 0);
        return new Hit(end, TimexType.Date, point.Format(), anchor, point);
    }

    private static string Plural(TimeUnit unit, int n)
    {
        var name = unit == TimeUnit.Century ? "century" : unit.ToString().ToLowerInvariant();
        return n == 1 ? name : unit == TimeUnit.Century ? "centuries" : name + "s";
    }

    /// <summary>The TIMEX3 duration value; <paramref name="n"/> &lt; 0 is an unknown amount (<c>PXY</c>).</summary>
    private static string Duration(int n, bool half, TimeUnit unit)
    {
        var x = n < 0 ? "X" : n.ToString(CultureInfo.InvariantCulture);
        string Times(int factor) => n < 0 ? "X" : (n * factor).ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Second => $"PT{x}S",
            TimeUnit.Minute => half ? $"PT{x}M30S" : $"PT{x}M",
            TimeUnit.Hour => half ? (n <= 0 ? "PT30M" : $"PT{x}H30M") : $"PT{x}H",
            TimeUnit.Day => half && n > 0 ? $"P{x}DT12H" : $"P{x}D",
            TimeUnit.Week => $"P{x}W",
            TimeUnit.Weekend => n < 0 ? "PXD" : $"P{Times(2)}D",
            TimeUnit.Fortnight => n < 0 ? "PXW" : $"P{Times(2)}W",
            TimeUnit.Month => half ? (n <= 0 ? "P2W" : $"P{x}M15D") : $"P{x}M",
            TimeUnit.Quarter => $"P{x}Q",
            TimeUnit.Year => half ? (n <= 0 ? "P6M" : $"P{x}Y6M") : $"P{x}Y",
            TimeUnit.Decade => n < 0 ? "PXY" : $"P{Times(10)}Y",
            _ => n < 0 ? "PXCE" : $"P{Times(100)}Y",
        };
    }

    /// <summary>"economic", "liberal", "Turkish": the shapes of adjectives that come before a newspaper called a daily.</summary>
    private bool IsAdjective(int i) =>
        i >= 0 && i < count && pieces[i].Kind == PieceKind.Word
        && (text.AsSpan(pieces[i].Start, pieces[i].Length) is var word)
        && (word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    private static readonly (string Word, string Value)[] Frequencies =
    [
        ("daily", "P1D"), ("nightly", "P1D"), ("weekly", "P1W"), ("biweekly", "P2W"), ("monthly", "P1M"),
        ("yearly", "P1Y"), ("annually", "P1Y"), ("hourly", "PT1H"),
    ];

    /// <summary>"every year", "each Monday", "every two weeks", "daily", "weekly", "annually".</summary>
    private Hit? Set(int i)
    {
        if (W(i, "every") || W(i, "each"))
        {
            var k = i + 1;
            var other = W(k, "other");
            if (other)
            {
                k++;
            }
            var amount = ReadAmount(k);
            if (amount is { Known: true } a && ReadUnit(a.End, true) is { } counted)
            {
                return new Hit(a.End + 1, TimexType.Set, Duration(a.Whole, a.Half, counted), TimexAnchor.None);
            }
            if (ReadUnit(k, false) is { } unit && !pieces[k].Plural)
            {
                return new Hit(k + 1, TimexType.Set, Duration(other ? 2 : 1, false, unit), TimexAnchor.None);
            }
            if (Is(k, Lex.Weekday))
            {
                return new Hit(k + 1, TimexType.Set, $"XXXX-WXX-{pieces[k].Value}", TimexAnchor.None);
            }
            if (Is(k, Lex.Month))
            {
                return new Hit(k + 1, TimexType.Set, $"XXXX-{pieces[k].Value:D2}", TimexAnchor.None);
            }
            if (Is(k, Lex.PartOfDay))
            {
                return new Hit(k + 1, TimexType.Set, $"XXXX-XX-XXT{Point.PartsOfDay[pieces[k].Value]}", TimexAnchor.None);
            }
            if (Is(k, Lex.Season))
            {
                return new Hit(k + 1, TimexType.Set, $"XXXX-{new Point(Grain.Season, 0, 0, 0, pieces[k].Value).Format()[5..]}", TimexAnchor.None);
            }
            return null;
        }
        if (pieces[i].Lex != Lex.Cue || (IsCapitalized(i) && i > 0))
        {
            return null;
        }
        // "the daily said", "the liberal daily Hurriyet": a newspaper, not a frequency.
        if (IsCapitalized(i + 1) || W(i + 1, "said") || W(i + 1, "reported") || W(i + 1, "quoted") || W(i + 1, "wrote")
            || IsClauseEnd(i + 1) && (W(i - 1, "the") || W(i - 1, "a") || W(i - 1, "an") || IsAdjective(i - 1)))
        {
            return null;
        }
        string? value = null;
        foreach (var (word, set) in Frequencies)
        {
            if (W(i, word))
            {
                value = set;
                break;
            }
        }
        return value is null ? null : new Hit(i + 1, TimexType.Set, value, TimexAnchor.None);
    }
}
