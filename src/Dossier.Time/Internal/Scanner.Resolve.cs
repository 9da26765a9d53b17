namespace Dossier.Time.Internal;

/// <summary>Anchoring: the article date, the last dated expression, and which way tense points.</summary>
internal sealed partial class Scanner
{
    private static readonly string[] WeekdayNames = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private TimexAnchor ArticleAnchor(string reason) => articleDate is null
        ? new TimexAnchor(TimexAnchorKind.Unresolved, null, null, $"{reason}, but the article date is unknown")
        : new TimexAnchor(TimexAnchorKind.ArticleDate, null, articleValue, reason);

    /// <summary>The point <paramref name="offset"/> units of <paramref name="unit"/> from the article date, at <paramref name="grain"/>.</summary>
    private Point FromArticle(Grain grain, Grain unit, int offset) =>
        articleDate is { } date ? Point.Of(date, grain).Shift(unit, offset) : new Point(grain, 0, 0, 0);

    /// <summary>
    /// What anaphora ("the following day", "a year earlier", "that month") count from: the last
    /// dated expression in the text, else the article date.
    /// </summary>
    private (Point Base, TimexAnchor Anchor) Anaphor(string what, Grain needed = Grain.Year)
    {
        if (needed >= Grain.Day && lastDay is { } day)
        {
            return (day, new TimexAnchor(TimexAnchorKind.EarlierExpression, lastDaySpan, lastDayValue,
                $"{what}, counted from \"{lastDaySpan.Of(text)}\", the last day the text mentions"));
        }
        if (lastPoint is { } point && needed < Grain.Day)
        {
            return (point, new TimexAnchor(TimexAnchorKind.EarlierExpression, lastSpan, lastValue,
                $"{what}, counted from \"{lastSpan.Of(text)}\", the last date the text mentions"));
        }
        return articleDate is { } date
            ? (Point.Of(date, Grain.Day), new TimexAnchor(TimexAnchorKind.ArticleDate, null, articleValue, $"{what}, counted from the article date as no earlier date is mentioned"))
            : (new Point(Grain.Day, 0, 0, 0), new TimexAnchor(TimexAnchorKind.Unresolved, null, null, $"{what}, but no date is known to count from"));
    }

    private static Grain GrainOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Century => Grain.Century,
        TimeUnit.Decade => Grain.Decade,
        TimeUnit.Year => Grain.Year,
        TimeUnit.Quarter => Grain.Quarter,
        TimeUnit.Month => Grain.Month,
        TimeUnit.Week or TimeUnit.Fortnight => Grain.Week,
        TimeUnit.Weekend => Grain.Weekend,
        _ => Grain.Day,
    };

    private static int Multiple(TimeUnit unit) => unit == TimeUnit.Fortnight ? 2 : 1;

    private static string Describe(Tense tense, string what) => tense switch
    {
        Tense.Past => $"past-tense context, so the {what} on or before",
        Tense.Future => $"future-tense context, so the {what} on or after",
        _ => $"no tense cue, so the {what} nearest to",
    };

    /// <summary>A weekday with no date: the one before or after the article date as tense says.</summary>
    private (Point, TimexAnchor) Weekday(int dow, Tense tense)
    {
        var name = WeekdayNames[dow];
        if (articleDate is not { } date)
        {
            return (new Point(Grain.Day, 0, 0, 0, Dow: dow), ArticleAnchor($"{name} with no date"));
        }
        var today = (int)date.DayOfWeek == 0 ? 7 : (int)date.DayOfWeek;
        var back = (today - dow + 7) % 7;
        var ahead = (dow - today + 7) % 7;
        var offset = tense switch
        {
            Tense.Past => -back,
            Tense.Future => ahead,
            _ => back <= ahead ? -back : ahead,
        };
        return (Point.Of(date.AddDays(offset), Grain.Day), ArticleAnchor($"{Describe(tense, name)} the article date"));
    }

    /// <summary>The year for a month (and day) with no year, from the article date and tense.</summary>
    private (int Year, TimexAnchor Anchor) YearFor(int month, int day, Tense tense, string what)
    {
        if (articleDate is not { } date)
        {
            return (0, ArticleAnchor($"{what} with no year"));
        }
        var year = date.Year;
        var target = new DateOnly(year, month, Math.Min(Math.Max(day, 1), DateTime.DaysInMonth(year, month)));
        // A month alone takes the nearest one, a month on the wrong side of tense counting three times as far
        // ("resigned in March" written in November is last March; "payable in January" is the coming one).
        // A dated day follows tense, but only a clear gap (two months) flips the year: "was extended to Nov. 16".
        var gap = target.DayNumber - date.DayNumber;
        year = day == 0 ? NearestYear(date, month, day, tense) : tense switch
        {
            Tense.Past => gap > 60 ? year - 1 : year,
            Tense.Future => gap < -60 ? year + 1 : year,
            _ => NearestYear(date, month, day),
        };
        return (year, ArticleAnchor($"{Describe(tense, what)} the article date"));
    }

    private static int NearestYear(DateOnly date, int month, int day, Tense tense = Tense.None)
    {
        var best = date.Year;
        var bestCost = int.MaxValue;
        for (var year = date.Year - 1; year <= date.Year + 1; year++)
        {
            var candidate = new DateOnly(year, month, Math.Min(Math.Max(day, 1), DateTime.DaysInMonth(year, month)));
            if (day == 0)
            {
                candidate = candidate.AddDays(14);
            }
            var distance = candidate.DayNumber - date.DayNumber;
            var cost = Math.Abs(distance) * (tense == Tense.Past && distance > 31 || tense == Tense.Future && distance < -31 ? 3 : 1);
            if (cost < bestCost)
            {
                best = year;
                bestCost = cost;
            }
        }
        return best;
    }

    /// <summary>
    /// Tense near piece <paramref name="at"/>: the nearest past or future cue in the sentence wins,
    /// a cue before the expression beating one the same distance after it.
    /// </summary>
    private Tense TenseAt(int at)
    {
        // "until Tuesday", "by Jan. 14", "as soon as Monday" look ahead; "since Monday" back.
        var before = W(at - 1, "early") || W(at - 1, "mid") || W(at - 1, "late") || W(at - 1, "on") ? at - 2 : at - 1;
        if (W(before, "until") || W(before, "till") || W(before, "by") || W(before, "as") && (W(before - 1, "soon") || W(before - 1, "early")))
        {
            return Tense.Future;
        }
        if (W(before, "since"))
        {
            return Tense.Past;
        }
        var best = Tense.None;
        var bestDistance = int.MaxValue;
        for (var k = 0; k < count; k++)
        {
            var tense = TenseOf(k);
            if (tense == Tense.None)
            {
                continue;
            }
            var distance = 2 * Math.Abs(k - at) + (k > at ? 1 : 0);
            if (distance < bestDistance)
            {
                best = tense;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "made", "gave", "saw", "held", "left", "began",
        "won", "lost", "got", "fell", "rose", "sold", "bought", "spent", "paid", "struck", "fought", "led", "ran", "wrote", "spoke",
        "brought", "thought", "felt", "kept", "sent", "meant", "found", "became", "knew", "grew", "drew", "flew", "shot", "broke",
        "chose", "stood", "ago", "earlier", "wasn", "weren", "didn", "hadn",
    };

    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "speed", "seed", "feed", "indeed", "proceed", "exceed", "succeed", "breed", "greed", "hundred", "kindred",
        "sacred", "naked", "wicked", "embed", "expected", "scheduled", "planned", "slated", "supposed", "designed", "united", "limited",
        "based", "related", "concerned", "detailed", "advanced", "interested", "alleged", "so-called", "called", "armed", "red", "bed", "shed",
    };

    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "upcoming", "tomorrow", "gonna", "expects", "expect", "intends", "intend", "aims", "scheduled", "soon", "hopes",
    };

    private Tense TenseOf(int k)
    {
        ref var piece = ref pieces[k];
        if (piece.Kind != PieceKind.Word || piece.Lex == Lex.Month || piece.Lex == Lex.Weekday)
        {
            return Tense.None;
        }
        var word = text.AsSpan(piece.Start, piece.Length);
        var words = PastWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var future = FutureWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (W(k - 1, "was") || W(k - 1, "were") || W(k - 1, "had"))
        {
            // "was due to", "was expected to": a future seen from the past points either way.
            if (word.Equals("due", StringComparison.OrdinalIgnoreCase) || word.Equals("expected", StringComparison.OrdinalIgnoreCase)
                || word.Equals("scheduled", StringComparison.OrdinalIgnoreCase) || word.Equals("set", StringComparison.OrdinalIgnoreCase)
                || word.Equals("going", StringComparison.OrdinalIgnoreCase) || word.Equals("planned", StringComparison.OrdinalIgnoreCase))
            {
                return Tense.None;
            }
        }
        if (future.Contains(word) || word.Equals("ll", StringComparison.OrdinalIgnoreCase) && IsApostrophe(k - 1) && Glued(k))
        {
            return Tense.Future;
        }
        if ((word.Equals("going", StringComparison.OrdinalIgnoreCase) || word.Equals("expected", StringComparison.OrdinalIgnoreCase)
            || word.Equals("scheduled", StringComparison.OrdinalIgnoreCase) || word.Equals("set", StringComparison.OrdinalIgnoreCase)
            || word.Equals("due", StringComparison.OrdinalIgnoreCase) || word.Equals("slated", StringComparison.OrdinalIgnoreCase)
            || word.Equals("plans", StringComparison.OrdinalIgnoreCase) || word.Equals("planned", StringComparison.OrdinalIgnoreCase)
            || word.Equals("would", StringComparison.OrdinalIgnoreCase)) && (W(k + 1, "to") || W(k + 1, "be") || word.Equals("would", StringComparison.OrdinalIgnoreCase)))
        {
            return Tense.Future;
        }
        if (words.Contains(word))
        {
            return Tense.Past;
        }
        if (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
            && !NotPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !IsHyphen(k - 1) && !IsAdjectivalSlot(k - 1))
        {
            return Tense.Past;
        }
        return Tense.None;
    }

    private bool IsHyphen(int i) => IsPunct(i, '-');

    /// <summary>After these words an "-ed" form is an adjective or passive, not a past-tense verb: "toward improved ties".</summary>
    private bool IsAdjectivalSlot(int i) =>
        i >= 0 && i < count && pieces[i].Kind == PieceKind.Word && AdjectivalSlots.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(pieces[i].Start, pieces[i].Length));

    private static readonly HashSet<string> AdjectivalSlots = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "to", "of", "for", "with", "toward", "towards", "and", "or", "in", "on", "by", "be", "been", "being", "is",
        "are", "am", "more", "most", "less", "its", "their", "his", "her", "our", "my", "your", "very", "well", "newly", "from",
    };
}
