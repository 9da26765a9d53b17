namespace Dossier.Time.Internal;

/// <summary>
/// Finds and normalises the time expressions of one document, sentence by sentence. Holds the
/// per-document state the grammar needs: the article date and the last dated expression, which
/// anaphora such as "the following month" resolve against. One instance per document, one thread.
/// </summary>
internal sealed partial class Scanner
{
    private readonly string text;
    private readonly DateOnly? articleDate;
    private readonly string? articleValue;
    private Piece[] pieces = new Piece[64];
    private int count;

    /// <summary>The last expression with a known date, for anaphora; null until one is seen.</summary>
    private Point? lastPoint;
    private TextSpan lastSpan;
    private string lastValue = "";

    /// <summary>The last expression that names a day: "later in the day" means that day even after "since 1953".</summary>
    private Point? lastDay;
    private TextSpan lastDaySpan;
    private string lastDayValue = "";

    /// <summary>The last quarter named outright: earnings reports compare with "a year ago" meaning that quarter a year before.</summary>
    private Point? lastQuarter;
    private TextSpan lastQuarterSpan;
    private string lastQuarterValue = "";

    /// <summary>Piece index of a dated day found earlier in the current sentence (-1: none), for clock times.</summary>
    private int sentenceDay = -1;
    private Point sentenceDayPoint;

    public Scanner(string text, DateOnly? articleDate)
    {
        this.text = text;
        this.articleDate = articleDate;
        articleValue = articleDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Scan(TextSpan sentence, List<TimeExpression> found)
    {
        count = Lexer.Lex(text, sentence, ref pieces);
        sentenceDay = -1;
        var i = 0;
        while (i < count)
        {
            if ((pieces[i].Lex != Lex.None || pieces[i].Kind == PieceKind.Number || IsApostrophe(i)) && ParseAt(i, out var start) is { } hit)
            {
                Emit(start, hit, found);
                i = hit.End;
            }
            else
            {
                i++;
            }
        }
        LinkRanges(found);
    }

    private void Emit(int start, Hit hit, List<TimeExpression> found)
    {
        var span = new TextSpan(pieces[start].Start, pieces[hit.End - 1].End);
        found.Add(new TimeExpression(span, hit.Type, hit.Value) { Mod = hit.Mod, Anchor = hit.Anchor, Begin = hit.RangeBegin, End = hit.RangeEnd });
        if (hit.Point is { } quarter && quarter.Grain == Grain.Quarter && quarter.Year != 0 && !hit.Comparison)
        {
            lastQuarter = quarter;
            lastQuarterSpan = span;
            lastQuarterValue = hit.Value;
        }
        if (hit.Point is { } point && point.Year != 0 && !hit.Comparison)
        {
            lastPoint = point;
            lastSpan = span;
            lastValue = hit.Value;
            if (point.HasDate && point.Grain >= Grain.Day)
            {
                lastDay = point with { Grain = Grain.Day };
                lastDaySpan = span;
                lastDayValue = hit.Value;
                sentenceDay = start;
                sentenceDayPoint = point;
            }
        }
    }

    /// <summary>
    /// "from May to July", "between 1990 and 1995": both ends get the range's begin and end values.
    /// Looks only at the last two expressions found, which must sit in this sentence.
    /// </summary>
    private void LinkRanges(List<TimeExpression> found)
    {
        for (var k = found.Count - 1; k >= 1; k--)
        {
            var first = found[k - 1];
            var second = found[k];
            if (first.Type != TimexType.Date || second.Type != TimexType.Date || first.Span.Start < pieces[0].Start)
            {
                continue;
            }
            var between = text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).Trim();
            var before = text.AsSpan(Math.Max(pieces[0].Start, first.Span.Start - 9), first.Span.Start - Math.Max(pieces[0].Start, first.Span.Start - 9)).TrimEnd();
            var ranged = (before.EndsWith("from", StringComparison.OrdinalIgnoreCase) && (between.Equals("to", StringComparison.OrdinalIgnoreCase) || between.Equals("until", StringComparison.OrdinalIgnoreCase) || between.Equals("through", StringComparison.OrdinalIgnoreCase) || between.Equals("till", StringComparison.OrdinalIgnoreCase)))
                || (before.EndsWith("between", StringComparison.OrdinalIgnoreCase) && between.Equals("and", StringComparison.OrdinalIgnoreCase));
            if (ranged)
            {
                found[k - 1] = first with { Begin = first.Value, End = second.Value };
                found[k] = second with { Begin = first.Value, End = second.Value };
            }
        }
    }

    private Hit? ParseAt(int i, out int start)
    {
        start = i;
        var (j, mod, inside) = QuantityModifier(i);
        if (j > i && ParseCore(j) is { } bounded)
        {
            // "over the weekend", "within a week of May 2": bounds on an amount, not on a date.
            if (bounded.Mod == TimexMod.None && (bounded.Type == TimexType.Duration || mod is TimexMod.Approx or TimexMod.LessThan))
            {
                bounded.Mod = mod;
            }
            // TimeBank leaves prepositional hedges ("about", "over", "within") outside the expression.
            start = inside ? i : j;
            return bounded;
        }
        return ParseCore(i);
    }

    private Hit? ParseCore(int i)
    {
        Hit? best = null;
        Consider(ref best, PartModified(i));
        Consider(ref best, Deictic(i));
        Consider(ref best, Relative(i));
        Consider(ref best, Amount(i));
        Consider(ref best, Calendar(i));
        Consider(ref best, Clock(i));
        Consider(ref best, Set(i));
        if (best is { } hit && W(hit.End, "or") && W(hit.End + 1, "so"))
        {
            hit.End += 2;
            hit.Mod = TimexMod.Approx;
            best = hit;
        }
        return best;
    }

    private static void Consider(ref Hit? best, Hit? candidate)
    {
        if (candidate is { } c && (best is null || c.End > best.Value.End))
        {
            best = c;
        }
    }

    /// <summary>
    /// "about", "more than", "at least", …: bounds on an amount or a point. Inside says whether
    /// the words belong to the expression's extent ("more than four hours") or not ("about three days").
    /// </summary>
    private (int Next, TimexMod Mod, bool Inside) QuantityModifier(int i)
    {
        if (W(i, "about") || W(i, "around") || W(i, "approximately") || W(i, "roughly") || W(i, "some") && IsAmountStart(i + 1))
        {
            return (i + 1, TimexMod.Approx, W(i, "approximately") || W(i, "roughly"));
        }
        if (W(i, "nearly"))
        {
            return (i + 1, TimexMod.LessThan, true);
        }
        if (W(i, "almost"))
        {
            return (i + 1, TimexMod.LessThan, false);
        }
        if (W(i, "more") && W(i + 1, "than"))
        {
            return (i + 2, TimexMod.MoreThan, true);
        }
        if (W(i, "over") && (IsAmountStart(i + 1) || W(i + 1, "the")))
        {
            return (i + 1, TimexMod.MoreThan, false);
        }
        if ((W(i, "less") || W(i, "fewer")) && W(i + 1, "than"))
        {
            return (i + 2, TimexMod.LessThan, true);
        }
        if (W(i, "at") && W(i + 1, "least"))
        {
            return (i + 2, TimexMod.EqualOrMore, true);
        }
        if (W(i, "at") && W(i + 1, "most") || W(i, "up") && W(i + 1, "to") && IsAmountStart(i + 2))
        {
            return (i + 2, TimexMod.EqualOrLess, true);
        }
        if (W(i, "no") && W(i + 1, "more") && W(i + 2, "than"))
        {
            return (i + 3, TimexMod.EqualOrLess, true);
        }
        if (W(i, "within") && IsAmountStart(i + 1))
        {
            return (i + 1, TimexMod.EqualOrLess, false);
        }
        return (i, TimexMod.None, false);
    }

    private bool IsAmountStart(int i) =>
        i < count && (pieces[i].Kind == PieceKind.Number || pieces[i].Lex == Lex.Cardinal || W(i, "a") || W(i, "an") || W(i, "the") || W(i, "several") || W(i, "few") || W(i, "half"));

    // ---- piece tests ----

    private bool W(int i, string word) =>
        i >= 0 && i < count && pieces[i].Kind == PieceKind.Word && pieces[i].Length == word.Length
        && text.AsSpan(pieces[i].Start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Like <see cref="W"/>, but an abbreviation may carry its period.</summary>
    private bool Starts(int i, string word) =>
        i >= 0 && i < count && pieces[i].Kind == PieceKind.Word
        && text.AsSpan(pieces[i].Start, pieces[i].Length).TrimEnd('.').Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool Is(int i, Lex lex) => i >= 0 && i < count && pieces[i].Lex == lex;

    private bool IsNumber(int i) => i >= 0 && i < count && pieces[i].Kind == PieceKind.Number && pieces[i].Value >= 0;

    private bool IsPunct(int i, char c) => i >= 0 && i < count && pieces[i].Kind == PieceKind.Punct && text[pieces[i].Start] == c;

    private bool IsApostrophe(int i) => IsPunct(i, '\'') || IsPunct(i, '\u2019') || IsPunct(i, '\u2018');

    private bool IsDash(int i) => IsPunct(i, '-') || IsPunct(i, '\u2013');

    /// <summary>No white space before piece <paramref name="i"/>: it is glued to the piece before.</summary>
    private bool Glued(int i) => i > 0 && i < count && !pieces[i].SpaceBefore;

    /// <summary>"-" joining two words with no space: "two-day", "mid-1990s".</summary>
    private bool Hyphen(int i) => IsPunct(i, '-') && Glued(i) && Glued(i + 1);

    private bool IsCapitalized(int i) => i >= 0 && i < count && char.IsUpper(text[pieces[i].Start]);
}
