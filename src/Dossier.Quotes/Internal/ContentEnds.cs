namespace Dossier.Quotes.Internal;

/// <summary>
/// Where the content after a cue ends (<c>he said that X[, which …]</c>): the candidate ends are the
/// sentence end, the rules' choice, and every comma, dash, bracket, clause-opening word or adjunct
/// preposition outside quotation marks between; the model's content-end weights pick one. The
/// features of each candidate are the words at, around and after the break, whether a time
/// expression or a cue word follows, the kind of content, how far the break lies from the content's
/// start and the sentence end, how many breaks it passes, the cue's stem and whether the rules chose it.
/// </summary>
internal sealed class ContentEnds(ArticleView view)
{
    public const int MaxFeatures = 28;

    /// <summary>The candidate ends of content running from <paramref name="from"/>, in order; each is a token index, exclusive.</summary>
    public List<int> Candidates(int from, int rulesEnd, int sentenceEnd)
    {
        var ends = new List<int>();
        var listed = false;
        var stop = sentenceEnd;
        for (var k = from + 1; k < sentenceEnd; k++)
        {
            listed |= view.Lower[k] == ":";
            if (view.RegionOf[k] < 0 && IsClauseAppositive(k, sentenceEnd))
            {
                // What follows describes the whole reported clause, so the content cannot run on past it.
                stop = k;
                break;
            }
            if (k == rulesEnd || (view.RegionOf[k] < 0 && (k > from + 1 ? IsBreak(k) && !IsInsideBreak(k, listed) : IsAdjunct(k))))
            {
                ends.Add(k);
            }
        }
        ends.Add(stop);
        if (rulesEnd <= from + 1 && rulesEnd > from)
        {
            ends.Insert(0, rulesEnd);
        }
        return ends;
    }

    /// <summary>The features of candidate <paramref name="index"/> among <paramref name="candidates"/>.</summary>
    public int Extract(int cue, int from, List<int> candidates, int index, int rulesEnd, int sentenceEnd, Span<ulong> keys)
    {
        var end = candidates[index];
        var next = index + 1 < candidates.Count ? candidates[index + 1] : sentenceEnd;
        var n = Extract(cue, from, end, index, rulesEnd, sentenceEnd, keys);
        var at = end < sentenceEnd ? Word(end) : FeatureHash.None;
        var after = end + 1 < sentenceEnd ? Word(end + 1) : FeatureHash.None;
        var afterNext = end + 2 < sentenceEnd ? Word(end + 2) : FeatureHash.None;
        keys[n++] = FeatureHash.Key(215, FeatureHash.Mix(at, after, afterNext));
        keys[n++] = FeatureHash.Key(216, FeatureHash.Mix(at, (ulong)Bucket(sentenceEnd - end)));
        keys[n++] = FeatureHash.Key(217, FeatureHash.Mix(at, HasCue(end, next) ? 1UL : 0UL, (ulong)Bucket(next - end)));
        keys[n++] = FeatureHash.Key(218, FeatureHash.Mix(at, HasCue(end, sentenceEnd) ? 1UL : 0UL));
        keys[n++] = FeatureHash.Key(219, FeatureHash.Mix(at, end + 1 < sentenceEnd ? view.Shapes[end + 1] : 0UL));
        keys[n++] = FeatureHash.Key(220, FeatureHash.Mix(after, (ulong)Bucket(sentenceEnd - end)));
        var opener = OpenerClass(from);
        var last = end == sentenceEnd ? 1UL : 0UL;
        keys[n++] = FeatureHash.Key(221, FeatureHash.Mix(opener, at));
        keys[n++] = FeatureHash.Key(222, FeatureHash.Mix(opener, last, (ulong)Bucket(end - from)));
        keys[n++] = FeatureHash.Key(223, FeatureHash.Mix(opener, end == rulesEnd ? 1UL : 0UL));
        // The words of the phrase the break opens: "in his remarks", "on Thursday", "during the debate".
        for (var k = end + 1; k < sentenceEnd && k <= end + 3; k++)
        {
            keys[n++] = FeatureHash.Key(224, FeatureHash.Mix(at, Word(k)));
        }
        keys[n++] = FeatureHash.Key(226, FeatureHash.Mix(at, WordClass(end - 1), end + 1 < sentenceEnd ? WordClass(end + 1) : 0UL));
        keys[n++] = FeatureHash.Key(225, FeatureHash.Mix(at, TimeWithin(end, Math.Min(sentenceEnd, end + 4)) ? 1UL : 0UL));
        return n;
    }

    /// <summary>
    /// A coarse class of the word beside a break: ", a show of confidence" after "them" sums up the whole
    /// clause, after a name or a bracket it describes that name and belongs to the content.
    /// </summary>
    private ulong WordClass(int token) => view.Lower[token] switch
    {
        "he" or "she" or "they" or "it" or "we" or "i" or "you" or "him" or "her" or "them" or "us" or "me" => 1,
        ")" or "]" => 2,
        _ when view.IsQuoteMark(token) => 3,
        _ when Lexicon.Determiners.Contains(view.Lower[token]) => 4,
        _ when view.IsCapitalised(token) => 5,
        _ when view.Tokens[token].Kind == TokenKind.Number => 6,
        _ => 7,
    };

    /// <summary>
    /// What kind of content the first word opens: a "that" clause, an infinitive, a clause with a pronoun
    /// subject, a question, a quotation, a noun phrase, a name; a noun phrase ends sooner than a clause.
    /// </summary>
    private ulong OpenerClass(int from) => view.Lower[from] switch
    {
        "that" => 1,
        "to" => 2,
        "he" or "she" or "they" or "it" or "we" or "i" or "you" or "there" => 3,
        "whether" or "how" or "what" or "why" or "if" or "when" or "where" or "who" => 4,
        _ when view.IsOpeningMark(from) => 5,
        _ when Lexicon.Determiners.Contains(view.Lower[from]) => 6,
        _ when view.IsCapitalised(from) => 7,
        _ => 8,
    };

    /// <summary>Whether a time expression starts in <c>[first, end)</c>.</summary>
    private bool TimeWithin(int first, int end) => first < end && view.TimeStarts.AsSpan(first, end - first).Contains(true);

    /// <summary>Whether a word of the cue lexicon lies in <c>[first, end)</c>: a clause of its own follows the break.</summary>
    private bool HasCue(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (view.IsCue(k))
            {
                return true;
            }
        }
        return false;
    }

    private int Extract(int cue, int from, int end, int index, int rulesEnd, int sentenceEnd, Span<ulong> keys)
    {
        var n = 0;
        var at = end < sentenceEnd ? Word(end) : FeatureHash.None;
        var before = Word(end - 1);
        var after = end + 1 < sentenceEnd ? Word(end + 1) : FeatureHash.None;
        var stem = FeatureHash.Of(CueFeatures.Stem(view.Lower[cue]));
        var opener = Word(from);
        var distance = (ulong)Bucket(end - from);
        var rules = end == rulesEnd ? 1UL : 0UL;
        var last = end == sentenceEnd ? 1UL : 0UL;
        keys[n++] = FeatureHash.Key(201, 1UL);
        keys[n++] = FeatureHash.Key(202, at);
        keys[n++] = FeatureHash.Key(203, FeatureHash.Mix(at, after));
        keys[n++] = FeatureHash.Key(204, FeatureHash.Mix(before, at));
        keys[n++] = FeatureHash.Key(205, distance);
        keys[n++] = FeatureHash.Key(206, FeatureHash.Mix(at, distance));
        keys[n++] = FeatureHash.Key(207, rules);
        keys[n++] = FeatureHash.Key(208, FeatureHash.Mix(rules, last));
        keys[n++] = FeatureHash.Key(209, (ulong)Math.Min(index, 6));
        keys[n++] = FeatureHash.Key(210, FeatureHash.Mix(stem, at));
        keys[n++] = FeatureHash.Key(211, FeatureHash.Mix(opener, at));
        keys[n++] = FeatureHash.Key(212, FeatureHash.Mix(last, distance));
        keys[n++] = FeatureHash.Key(213, FeatureHash.Mix(at, end + 1 < sentenceEnd && view.IsCapitalised(end + 1) ? 1UL : 0UL));
        keys[n++] = FeatureHash.Key(214, FeatureHash.Mix(rules, distance));
        return n;
    }

    private ulong Word(int token) => token >= 0 && token < view.Lower.Length ? FeatureHash.Of(view.Lower[token]) : FeatureHash.None;

    private bool IsBreak(int token) => view.Lower[token] is "," or ";" or ":" or "—" or "–" or "--" or "(" or "and" or "but" or "while"
        or "as" or "because" or "although" or "though" or "which" or "who" or "until" or "after" or "before" or "when" or "since"
        or "yet" or "if" or "where" or "to" or "in" or "for" or "despite" or "with" or "amid" or "saying" or "adding" or "or" || IsAdjunct(token);

    /// <summary>
    /// "would advance them, a show of confidence that …": a noun phrase set off after an object pronoun
    /// cannot describe the pronoun; it sums up the clause before it, which is where the content ends.
    /// </summary>
    private bool IsClauseAppositive(int token, int sentenceEnd) =>
        view.Lower[token] == "," && token + 1 < sentenceEnd && view.Lower[token + 1] is "a" or "an"
        && view.Lower[token - 1] is "him" or "them" or "it" or "us" or "me";

    /// <summary>
    /// Breaks that stay inside the content: a semicolon after a colon separates the items of a list
    /// ("two objectives: A; and B"), and a comma right after a bracketed tag opens a description of the
    /// name the tag follows ("the Northern Limit Line (NLL), the de facto boundary").
    /// </summary>
    private bool IsInsideBreak(int token, bool listed) =>
        (listed && view.Lower[token] == ";") || (view.Lower[token] == "," && view.Lower[token - 1] == ")");

    /// <summary>Words that open an adjunct after even a one-word content: "Machado in early-morning tweets", "it as an example".</summary>
    private bool IsAdjunct(int token) => view.Lower[token] is "during" or "at" or "on" or "by" or "from" or "over" or "about" or "since"
        or "following" or "throughout" or "in" or "as" or "after" or "before" or "because" or "while" or "when" or "amid" or "with" or "for" or "until";

    private static int Bucket(int tokens) => tokens switch
    {
        <= 3 => 1,
        <= 6 => 2,
        <= 10 => 3,
        <= 15 => 4,
        <= 25 => 5,
        <= 40 => 6,
        _ => 7,
    };
}
