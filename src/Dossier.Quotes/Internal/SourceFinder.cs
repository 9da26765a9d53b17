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
        if (view.Lower[j] == "who" && j > first && IsRelativeAfter(j - 1))
        {
            // "Weaver, who said …": the relative pronoun is the source; the speaker is resolved behind it.
            return (j, j + 1);
        }
        if ((view.IsWord(j) || view.Lower[j] is ")" or "%") && view.RegionOf[j] < 0)
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
                    if (k >= 0 && IsPlausible(k, c) && IsAside(c + 1, j))
                    {
                        // "Mr. Trump, in a brief interview on Saturday, said …": the aside is not part of the source.
                        return (k, c);
                    }
                    if (k >= 0 && IsPlausible(k, c) && j == c + 2 && IsDiscourseAdverb(c + 1))
                    {
                        // "The two lawmakers, however, argue …": the adverb is not part of the source.
                        return (k, c);
                    }
                    if (view.Lower[j] != "," || j - c > 20 || !IsListComma(c))
                    {
                        break;
                    }
                }
            }
        }
        return (-1, -1);
    }

    /// <param name="agent">The words after a passive's "by": whatever they name is the source, so any noun phrase will do.</param>
    public (int First, int End) OnRight(int a, int end, bool appositive, bool agent = false)
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
        if (k == a || !(IsPlausible(a, k) || (agent && view.Lower[k - 1] is not ("of" or "the" or "a" or "an" or "in" or "at" or "for" or "on"))))
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
        k = PastOpeningAdverbial(k, limit);
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

    /// <summary>"On Monday night, Clinton …": the token after an opening prepositional or time phrase set off by a comma, else <paramref name="k"/>.</summary>
    private int PastOpeningAdverbial(int k, int limit)
    {
        if (k >= limit || view.Lower[k] is not ("in" or "on" or "at" or "during" or "after" or "before" or "since" or "following" or "for" or "with" or "despite" or "amid" or "under" or "last" or "earlier" or "later"))
        {
            return k;
        }
        for (var c = k + 1; c < limit && c <= k + 12; c++)
        {
            if (view.Lower[c] == "," && c + 1 < limit)
            {
                return c + 1;
            }
            if (!view.IsWord(c) && !view.IsPossessive(c))
            {
                break;
            }
        }
        return k;
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
            if (view.Lower[k] == ")")
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
            if (view.IsPunctuation(k) && !view.IsPossessive(k) && view.Lower[k] is not ("&" or "/" or "%"))
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
        if (head is "percent" or "%" && end - first >= 2)
        {
            // "52 percent said", "42% say": a share of those polled.
            return true;
        }
        for (var k = first; k < end; k++)
        {
            var word = view.Lower[k];
            if ((view.IsCapitalised(k) && !Lexicon.NotNames.Contains(word))
                || (Lexicon.PersonPronouns.Contains(word) && end - first == 1)
                || (word == "it" && end - first == 1 && AfterQuote(first))
                || (word is "him" or "her" or "them" or "me" or "us" && end - first == 1 && first >= 2 && view.IsAccordingTo(first - 2))
                || (end - first == 1 && word is "another" or "others" or "one" or "some" or "many" or "several" or "most")
                || IsHeadNoun(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A comma inside a list within the description ("secretary of state for population, refugees, and
    /// migration,"): the description's opening comma lies further left.
    /// </summary>
    private bool IsListComma(int comma) =>
        comma + 1 < view.Lower.Length && (view.Lower[comma + 1] is "and" or "or" || (comma + 2 < view.Lower.Length && view.IsWord(comma + 1) && view.Lower[comma + 2] == ","));

    /// <summary>
    /// "who" follows the noun or comma it hangs on ("Weaver, who", "an aide who"), not a verb or
    /// preposition whose question it opens ("asked who", "about who").
    /// </summary>
    private bool IsRelativeAfter(int token) =>
        view.Lower[token] == "," || view.IsWord(token) && !view.IsCue(token) && !Lexicon.SubjectStops.Contains(view.Lower[token])
            && !Lexicon.Auxiliaries.Contains(view.Lower[token]) && !Lexicon.TrailingPrepositions.Contains(view.Lower[token])
            && view.Lower[token] is not ("know" or "knows" or "knew" or "see" or "decide" or "matter");

    /// <summary>A short prepositional or participial aside between commas: <c>, in an interview on Sunday,</c>.</summary>
    private bool IsAside(int from, int to) =>
        to > from + 1 && to - from <= 12 && view.Lower[from] is "in" or "at" or "on" or "during" or "after" or "before" or "speaking" or "writing" or "when" or "while" or "for" or "like" or "unlike"
        && !Enumerable.Range(from, to - from).Any(k => view.IsCue(k) || view.IsQuoteMark(k));

    /// <summary>"“…,” it reads": right after a closing mark, "it" is the sign, ad or statement that speaks.</summary>
    private bool AfterQuote(int token) =>
        token > 0 && (view.IsClosingMark(token - 1) || (token > 1 && view.Lower[token - 1] == "," && view.IsClosingMark(token - 2)));

    private static bool IsHeadNoun(string word) =>
        Lexicon.AnonymousHeads.Contains(word) || Lexicon.SourceHeads.Contains(word)
        || Lexicon.TitleWords.Contains(word) || Lexicon.OrganizationHeads.Contains(word);

    /// <summary>A description set off by commas; a relative clause may hold its own cue (<c>Warren, who has not endorsed anyone, told</c>).</summary>
    private bool IsAppositive(int from, int to) =>
        to > from && to - from <= 20 && IsAppositiveStart(from)
        && !Enumerable.Range(from, to - from).Any(k => (view.IsCue(k) && view.Lower[from] is not ("who" or "whose" or "which")) || view.IsQuoteMark(k));

    public bool IsAppositiveStart(int token)
    {
        var word = view.Lower[token];
        return word is "a" or "an" or "the" or "one" or "former" or "then" or "ex" or "then-" or "who" or "whose" or "which" or "his" or "her" or "their" or "its"
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
