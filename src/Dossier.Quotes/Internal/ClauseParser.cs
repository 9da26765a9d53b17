namespace Dossier.Quotes.Internal;

/// <summary>Reads the attribution clause around one cue token: its source and where its content lies.</summary>
internal sealed class ClauseParser(ArticleView view)
{
    private const int MaxSourceTokens = 12;

    public Clause? Parse(int cue, int first, int end, Clause? previous)
    {
        if (view.IsAccordingTo(cue))
        {
            return ParseAccordingTo(cue, first, end);
        }

        var participle = view.Lower[cue].EndsWith("ing", StringComparison.Ordinal);
        var j = cue - 1;
        while (j >= first && IsAuxiliary(j))
        {
            j--;
        }
        var (sourceFirst, sourceEnd) = participle ? (-1, -1) : SubjectOnLeft(j, first);
        if (sourceFirst >= 0 && IsEvidenceVerb(cue) && !Lexicon.SourceHeads.Contains(view.Lower[sourceEnd - 1]))
        {
            return null;
        }
        if (sourceFirst < 0)
        {
            return ParseWithoutLeftSubject(cue, first, end, participle, previous);
        }

        var start = sourceFirst;
        var materialBefore = start > first && IsClauseBoundary(start - 1) && HasWord(first, start - 1);
        var after = cue + 1;
        bool contentAfter;
        if (after >= end || IsTerminal(after) || IsClosingMark(after))
        {
            contentAfter = false;
        }
        else if (view.Lower[after] == ",")
        {
            contentAfter = !materialBefore || (after + 1 < end && view.IsOpeningMark(after + 1));
        }
        else if (view.Lower[after] == ":")
        {
            contentAfter = true;
        }
        else
        {
            contentAfter = !(materialBefore && IsTrailingPhrase(after, end));
            if (contentAfter && !view.IsPunctuation(after))
            {
                // "Although …, one expert said an improvement …": the comma closed an adverbial, not content.
                materialBefore = false;
            }
        }
        if (!materialBefore && !contentAfter)
        {
            return null;
        }
        return new Clause(cue, cue + 1, sourceFirst, sourceEnd, start, cue + 1, materialBefore, contentAfter, false);
    }

    /// <summary>The first content token after the clause: past <c>:</c>, past a <c>told reporters</c> object, at <c>that</c>.</summary>
    public int ContentStart(Clause clause, int end)
    {
        var a = clause.End;
        while (a < end && view.Lower[a] is "," or ":" or "—" or "–")
        {
            a++;
        }
        var reach = Lexicon.ObjectCues.Contains(view.Lower[clause.CueFirst]) ? 8 : 6;
        for (var k = a; k < end && k < a + reach; k++)
        {
            if (view.Lower[k] == "that" && view.RegionOf[k] < 0)
            {
                return k;
            }
            if (view.IsPunctuation(k) && !view.IsPossessive(k))
            {
                if (Lexicon.ObjectCues.Contains(view.Lower[clause.CueFirst]) && view.Lower[k] is "," or ":" && k + 1 < end && view.IsOpeningMark(k + 1))
                {
                    return k + 1;
                }
                break;
            }
        }
        return a;
    }

    private Clause? ParseAccordingTo(int cue, int first, int end)
    {
        var (sourceFirst, sourceEnd) = SubjectOnRight(cue + 2, end, appositive: false);
        if (sourceFirst < 0)
        {
            return null;
        }
        // "according to reports that cited a senior official": the cited one is the source.
        if (sourceEnd + 1 < end && view.Lower[sourceEnd] == "that" && view.Lower[sourceEnd + 1] is "cited" or "quoted")
        {
            var (citedFirst, citedEnd) = SubjectOnRight(sourceEnd + 2, end, appositive: false);
            if (citedFirst >= 0)
            {
                (sourceFirst, sourceEnd) = (citedFirst, citedEnd);
            }
        }
        var before = HasWord(first, cue);
        var after = sourceEnd < end && view.Lower[sourceEnd] == "," && HasWord(sourceEnd + 1, end);
        return before || after
            ? new Clause(cue, cue + 2, sourceFirst, sourceEnd, cue, sourceEnd, before, after, false)
            : null;
    }

    private Clause? ParseWithoutLeftSubject(int cue, int first, int end, bool participle, Clause? previous)
    {
        var left = cue - 1;
        if (!participle && left >= first && (view.Lower[left] == "," || IsClosingMark(left)) && HasWord(first, left))
        {
            var (sourceFirst, sourceEnd) = SubjectOnRight(cue + 1, end, appositive: true);
            if (sourceFirst >= 0)
            {
                var both = sourceEnd + 1 < end && view.Lower[sourceEnd] == "," && view.IsOpeningMark(sourceEnd + 1);
                return new Clause(cue, cue + 1, sourceFirst, sourceEnd, cue, sourceEnd, true, both, false);
            }
        }
        // "Yoon lambasted …, and called on …": a coordinated cue shares the subject before it.
        var coordinated = left >= first && view.Lower[left] == "and" && previous is { HasSource: true };
        if ((coordinated || (participle && left >= first && view.Lower[left] is "," or "while" or "before" or "after" or "by" or "—")) && cue + 1 < end && !IsTerminal(cue + 1))
        {
            var (sourceFirst, sourceEnd) = previous is { HasSource: true } p ? (p.SourceFirst, p.SourceEnd) : MainSubject(first, left);
            return new Clause(cue, cue + 1, sourceFirst, sourceEnd, cue, cue + 1, false, true, true);
        }
        return null;
    }

    private (int First, int End) SubjectOnLeft(int j, int first)
    {
        if (j < first)
        {
            return (-1, -1);
        }
        if (view.IsWord(j) && view.RegionOf[j] < 0)
        {
            var k = WalkLeft(j, first);
            return k >= 0 && IsPlausibleSource(k, j + 1) ? (k, j + 1) : (-1, -1);
        }
        if (view.Lower[j] is "," or "—" or "--" or "–")
        {
            // "Kan Kimura, a professor …, said": the name before a comma-enclosed description.
            for (var c = j - 1; c > first; c--)
            {
                if (view.IsQuoteMark(c) || IsTerminal(c))
                {
                    break;
                }
                if (view.Lower[c] == view.Lower[j])
                {
                    var k = WalkLeft(c - 1, first);
                    if (k >= 0 && IsPlausibleSource(k, c) && IsAppositive(c + 1, j))
                    {
                        return (k, j);
                    }
                    break;
                }
            }
        }
        return (-1, -1);
    }

    private (int First, int End) SubjectOnRight(int a, int end, bool appositive)
    {
        var k = a;
        while (k < end && k - a < MaxSourceTokens)
        {
            if (view.RegionOf[k] >= 0 || (view.IsPunctuation(k) && !view.IsPossessive(k) && view.Lower[k] is not ("&" or "/")))
            {
                break;
            }
            var word = view.Lower[k];
            if ((Lexicon.SubjectStops.Contains(word) && k > a) || (k > a && Lexicon.TimeWords.Contains(word)) || (k > a && view.IsCue(k)))
            {
                break;
            }
            k++;
        }
        if (k == a || !IsPlausibleSource(a, k))
        {
            return (-1, -1);
        }
        var sourceEnd = k;
        if (appositive && k + 1 < end && view.Lower[k] == "," && IsAppositiveStart(k + 1))
        {
            var m = k + 1;
            while (m < end && view.Lower[m] != "," && !IsTerminal(m) && !view.IsQuoteMark(m) && !view.IsCue(m) && view.Lower[m] is not ("who" or "which"))
            {
                m++;
            }
            if (m == end || view.Lower[m] == "," || IsTerminal(m))
            {
                sourceEnd = m;
            }
        }
        return (a, sourceEnd);
    }

    /// <summary>The subject at the head of the sentence, for a participle clause that borrows it: <c>A senior official … defended …, saying</c>.</summary>
    private (int First, int End) MainSubject(int first, int limit)
    {
        var k = first;
        while (k < limit && (view.IsPunctuation(k) || view.Lower[k] is "but" or "and" or "so" or "however" or "still" or "meanwhile" or "yet" or "also"))
        {
            k++;
        }
        var start = k;
        while (k < limit)
        {
            var word = view.Lower[k];
            if (Lexicon.PersonPronouns.Contains(word) && k == start)
            {
                k++;
                break;
            }
            var ok = (view.IsCapitalised(k) && !Lexicon.NotNames.Contains(word))
                || word is "the" or "a" or "an"
                || Lexicon.Indefinites.Contains(word)
                || view.IsPossessive(k)
                || IsHeadNoun(word)
                || (word is "of" or "in" or "at" or "for" && k + 1 < limit && (view.IsCapitalised(k + 1) || view.Lower[k + 1] == "the"));
            if (!ok)
            {
                break;
            }
            k++;
        }
        while (k > start && view.Lower[k - 1] is "the" or "a" or "an" or "of" or "in" or "at" or "for")
        {
            k--;
        }
        return k > start && IsPlausibleSource(start, k) ? (start, k) : (-1, -1);
    }

    private int WalkLeft(int j, int first)
    {
        var k = j;
        while (k >= first && j - k < MaxSourceTokens)
        {
            if (view.RegionOf[k] >= 0)
            {
                break;
            }
            if (view.IsPunctuation(k) && !view.IsPossessive(k) && view.Lower[k] is not ("&" or "/"))
            {
                break;
            }
            if (Lexicon.SubjectStops.Contains(view.Lower[k]) || (k < j && view.IsCue(k)))
            {
                break;
            }
            k--;
        }
        if (j - k >= MaxSourceTokens)
        {
            return -1;
        }
        var start = k + 1;
        while (start <= j && view.Lower[start] is "of" or "in" or "on" or "at" or "for")
        {
            start++;
        }
        return start <= j ? start : -1;
    }

    private bool IsPlausibleSource(int first, int end)
    {
        var head = view.Lower[end - 1];
        if (head is "of" or "the" or "a" or "an" or "in" or "at" or "for" or "on")
        {
            return false;
        }
        for (var k = first; k < end; k++)
        {
            var word = view.Lower[k];
            if ((view.IsCapitalised(k) && !Lexicon.NotNames.Contains(word))
                || (Lexicon.PersonPronouns.Contains(word) && end - first == 1)
                || IsHeadNoun(word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsHeadNoun(string word) =>
        Lexicon.AnonymousHeads.Contains(word) || Lexicon.SourceHeads.Contains(word)
        || Lexicon.TitleWords.Contains(word) || Lexicon.OrganizationHeads.Contains(word);

    private bool IsAppositive(int from, int to) =>
        to > from && to - from <= 20 && IsAppositiveStart(from) && !Enumerable.Range(from, to - from).Any(k => view.IsCue(k) || view.IsQuoteMark(k));

    private bool IsAppositiveStart(int token)
    {
        var word = view.Lower[token];
        return word is "a" or "an" or "the" or "one" or "former" or "then" or "ex" or "then-"
            || word.StartsWith("then-", StringComparison.Ordinal)
            || Lexicon.TitleWords.Contains(word)
            || (view.IsCapitalised(token) && !Lexicon.NotNames.Contains(word));
    }

    /// <summary><c>show</c> and <c>find</c> attribute only when a poll, study or report does it: "Tokyo shows little sign" is no statement.</summary>
    private bool IsEvidenceVerb(int token) => view.Lower[token] is "show" or "shows" or "showed" or "shown" or "showing" or "find" or "finds" or "found" or "finding";

    private bool IsAuxiliary(int token)
    {
        var word = view.Lower[token];
        return view.IsWord(token) && (Lexicon.Auxiliaries.Contains(word) || (word.EndsWith("ly", StringComparison.Ordinal) && !view.IsCapitalised(token) && word.Length > 4));
    }

    private bool IsTrailingPhrase(int from, int end)
    {
        if (!Lexicon.TrailingPrepositions.Contains(view.Lower[from]))
        {
            return false;
        }
        var k = from;
        while (k < end && view.Lower[k] != "," && !IsTerminal(k))
        {
            k++;
        }
        return k - from <= 7 && (k >= end || IsTerminal(k) || (k + 1 < end && view.Lower[k + 1] is var next && (next.EndsWith("ing", StringComparison.Ordinal) || view.IsOpeningMark(k + 1))));
    }

    private bool IsClauseBoundary(int token) => view.Lower[token] is "," or "—" or "–" or "--" || IsClosingMark(token);

    private bool IsClosingMark(int token) =>
        view.IsQuoteMark(token) && view.RegionOf[token] >= 0 && view.Regions[view.RegionOf[token]].End == view.Span(token).End;

    private bool IsTerminal(int token) => view.Lower[token] is "." or "!" or "?";

    private bool HasWord(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.IsWord(k))
            {
                return true;
            }
        }
        return false;
    }
}
