namespace Dossier.Quotes.Internal;

/// <summary>
/// Finds the words that name a speaker around a cue: the subject on its left (with a description set
/// off by commas or dashes, a relative clause or a bracketed party tag), the name on its right
/// (<c>said Kan Kimura, a professor …</c>), or the subject at the head of the sentence.
/// </summary>
internal sealed class SourceFinder(ArticleView view)
{
    private const int MaxSourceTokens = 16;

    public (int First, int End) OnLeft(int j, int first)
    {
        if (j < first)
        {
            return (-1, -1);
        }
        if (view.Lower[j] == "who" && j > first)
        {
            // "Weaver, who said …": the relative pronoun is the source; the speaker is resolved behind it.
            return (j, j + 1);
        }
        if (view.IsWord(j) && view.RegionOf[j] < 0)
        {
            var k = WalkLeft(j, first);
            if (k - 2 >= first && view.Lower[k - 1] == "who")
            {
                // "a White House official who spoke anonymously … said": the person before the relative clause.
                var head = WalkLeft(k - 2, first);
                if (head >= 0 && IsPlausible(head, k - 1))
                {
                    return (head, j + 1);
                }
            }
            return k >= 0 && IsPlausible(k, j + 1) ? (k, j + 1) : (-1, -1);
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
                    if (k >= 0 && IsPlausible(k, c) && IsAppositive(c + 1, j))
                    {
                        return (k, j);
                    }
                    if (k >= 0 && IsPlausible(k, c) && j == c + 2 && IsDiscourseAdverb(c + 1))
                    {
                        // "The two lawmakers, however, argue …": the adverb is not part of the source.
                        return (k, c);
                    }
                    break;
                }
            }
        }
        return (-1, -1);
    }

    public (int First, int End) OnRight(int a, int end, bool appositive)
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
        if (k == a || !IsPlausible(a, k))
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
    public (int First, int End) MainSubject(int first, int limit)
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
        return k > start && IsPlausible(start, k) ? (start, k) : (-1, -1);
    }

    public int WalkLeft(int j, int first)
    {
        var k = j;
        while (k >= first && j - k < MaxSourceTokens)
        {
            if (view.RegionOf[k] >= 0)
            {
                break;
            }
            if (view.Lower[k] == ")" && k < j)
            {
                // "Sen. Chuck Grassley (R-Iowa) told": step over a bracketed party tag.
                var open = k - 1;
                while (open >= first && open > k - 6 && view.Lower[open] != "(")
                {
                    open--;
                }
                if (open >= first && view.Lower[open] == "(")
                {
                    k = open - 1;
                    continue;
                }
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

    public bool IsPlausible(int first, int end)
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
                || (end - first == 1 && word is "another" or "others" or "one" or "some" or "many" or "several" or "most")
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

    public bool IsAppositiveStart(int token)
    {
        var word = view.Lower[token];
        return word is "a" or "an" or "the" or "one" or "former" or "then" or "ex" or "then-" or "who" or "whose"
            || (word.EndsWith("ing", StringComparison.Ordinal) && !view.IsCapitalised(token) && !view.IsCue(token))
            || word.StartsWith("then-", StringComparison.Ordinal)
            || Lexicon.TitleWords.Contains(word)
            || (view.IsCapitalised(token) && !Lexicon.NotNames.Contains(word));
    }

    /// <summary><c>show</c> and <c>find</c> attribute only when a poll, study or report does it: "Tokyo shows little sign" is no statement.</summary>

    private bool IsDiscourseAdverb(int token) =>
        view.Lower[token] is "however" or "though" or "meanwhile" or "too" or "also" or "instead" or "therefore" or "moreover" or "nonetheless" or "nevertheless"
        || (view.Lower[token].EndsWith("ly", StringComparison.Ordinal) && !view.IsCapitalised(token));

    private bool IsTerminal(int token) => view.Lower[token] is "." or "!" or "?";
}
