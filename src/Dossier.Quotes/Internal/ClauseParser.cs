namespace Dossier.Quotes.Internal;

/// <summary>Reads the attribution clause around one cue token: its source and where its content lies.</summary>
internal sealed class ClauseParser(ArticleView view)
{
    private readonly SourceFinder sources = new(view);

    public Clause? Parse(int cue, int first, int end, Clause? previous)
    {
        if (view.IsAccordingTo(cue))
        {
            return ParseAccordingTo(cue, first, end);
        }

        if (ParsePassive(cue, first, end) is { } passive)
        {
            return passive;
        }

        // "is telling", "are demanding", "isn’t saying": a progressive keeps its subject on the left.
        var participle = view.Lower[cue].EndsWith("ing", StringComparison.Ordinal) && !IsProgressive(cue, first);
        var j = cue - 1;
        while (j >= first && IsAuxiliary(j))
        {
            j--;
        }
        var (sourceFirst, sourceEnd) = participle ? (-1, -1) : sources.OnLeft(j, first);
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
        // "“…” Trump said." split after the quote's own full stop: the quote just before is the content.
        var quoteJustBefore = start == first && first > 0 && IsClosingMark(first - 1);
        var after = cue + 1;
        while (after < end && IsAuxiliary(after) && view.Lower[after].EndsWith("ly", StringComparison.Ordinal))
        {
            after++;
        }
        bool contentAfter;
        if (after >= end || IsTerminal(after) || IsClosingMark(after))
        {
            contentAfter = false;
            materialBefore |= quoteJustBefore;
        }
        else if (view.Lower[after] == ",")
        {
            contentAfter = !materialBefore || Continues(after + 1, end, afterSource: false);
            if (materialBefore && contentAfter && after + 1 < end && view.IsOpeningMark(after + 1) && !IsClosingMark(start - 1))
            {
                // "In February, …, Trump said, “…”": what came before the subject was an adverbial, the quote is the content.
                materialBefore = false;
            }
        }
        else if (view.Lower[after] == ":")
        {
            contentAfter = true;
        }
        else if (quoteJustBefore && IsTrailingPhrase(after, end))
        {
            // "“…?” Todd asked the real estate mogul."
            contentAfter = false;
            materialBefore = true;
        }
        else if (materialBefore && IsClosingMark(start - 1) && view.Lower[after] != "that" && !view.IsOpeningMark(after))
        {
            // "“…,” she told People." — after a direct quote, what follows the cue is circumstance, not content.
            contentAfter = false;
        }
        else
        {
            contentAfter = !(materialBefore && IsTrailingPhrase(after, end));
            if (contentAfter && (!view.IsPunctuation(after) || view.IsOpeningMark(after)))
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

    /// <summary>
    /// A clause for a cue the trained model found where the patterns above see none ("grilled",
    /// "is against", "decided against"): the subject on the left is the source, and the content
    /// is what follows the cue, or else what precedes its clause.
    /// </summary>
    public Clause? ParseLoose(int cue, int first, int end)
    {
        var j = cue - 1;
        while (j >= first && IsAuxiliary(j))
        {
            j--;
        }
        var (sourceFirst, sourceEnd) = sources.OnLeft(j, first);
        var start = sourceFirst >= 0 ? sourceFirst : cue;
        var after = cue + 1;
        if (HasWord(after, end))
        {
            return new Clause(cue, after, sourceFirst, sourceEnd, start, after, false, true, false);
        }
        return HasWord(first, start) ? new Clause(cue, cue + 1, sourceFirst, sourceEnd, start, cue + 1, true, false, false) : null;
    }

    /// <summary>
    /// "His views were echoed by a number of experts": in a passive with its agent, the agent after "by"
    /// is the source and the subject is the content, and PolNeAR takes "by" into the cue.
    /// </summary>
    private Clause? ParsePassive(int cue, int first, int end)
    {
        if (cue + 2 >= end || view.Lower[cue + 1] != "by" || !IsPassive(view, cue))
        {
            return null;
        }
        var start = cue - 1;
        while (start > first && IsAuxiliary(start - 1))
        {
            start--;
        }
        var (sourceFirst, sourceEnd) = sources.OnRight(cue + 2, end, appositive: false, agent: true);
        return sourceFirst >= 0 && start > first && HasWord(first, start) && !IsClauseBoundary(start - 1)
            ? new Clause(cue, cue + 2, sourceFirst, sourceEnd, start, sourceEnd, true, false, false)
            : null;
    }

    /// <summary>A past participle after a form of "be": "were echoed", "has been endorsed", "is being told".</summary>
    public static bool IsPassive(ArticleView view, int token)
    {
        var k = token - 1;
        while (k > 0 && view.Lower[k].EndsWith("ly", StringComparison.Ordinal) && view.Lower[k].Length > 4 || k > 0 && view.Lower[k] is "first" or "also" or "not" or "n't" or "n’t")
        {
            k--;
        }
        var word = view.Lower[token];
        return k >= 0 && (view.Lower[k] is "been" or "being" || (Lexicon.BeForms.Contains(view.Lower[k]) && !view.IsContraction(k)))
            && (word.EndsWith("ed", StringComparison.Ordinal) || word is "seen" or "known" or "thought" or "shown" or "told" or "said" or "written" or "found" or "made" or "given");
    }

    /// <summary>The first content token after the clause: past <c>:</c>, past a <c>told reporters</c> object, at <c>that</c>.</summary>
    public int ContentStart(Clause clause, int end)
    {
        var a = clause.End;
        while (a < end && view.Lower[a] is "," or ":" or "—" or "–")
        {
            a++;
        }
        var reach = Lexicon.ObjectCues.Contains(view.Lower[clause.CueFirst]) ? 14 : 6;
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

    /// <summary>
    /// A quote introduced by a colon after its speaker: <c>Clinton: “…”</c> (the colon is the cue) or
    /// <c>Hannity interjected: “…”</c> (a verb the lexicon lacks is the cue).
    /// </summary>
    public Clause? ParseColon(int colon, int first)
    {
        var j = colon - 1;
        if (!view.IsWord(j))
        {
            return null;
        }
        if (view.IsCapitalised(j) && !Lexicon.NotNames.Contains(view.Lower[j]))
        {
            var k = sources.WalkLeft(j, first);
            return k == first && sources.IsPlausible(k, j + 1)
                ? new Clause(colon, colon + 1, k, j + 1, k, colon + 1, false, true, false)
                : null;
        }
        var verb = view.Lower[j];
        if (verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("es", StringComparison.Ordinal))
        {
            var (sourceFirst, sourceEnd) = sources.OnLeft(j - 1, first);
            return sourceFirst >= 0 && (sourceFirst == first || IsClauseBoundary(sourceFirst - 1))
                ? new Clause(j, j + 1, sourceFirst, sourceEnd, sourceFirst, colon + 1, false, true, false)
                : null;
        }
        return null;
    }

    private Clause? ParseAccordingTo(int cue, int first, int end)
    {
        var (sourceFirst, sourceEnd) = sources.OnRight(cue + 2, end, appositive: false);
        if (sourceFirst < 0)
        {
            return null;
        }
        // "according to reports that cited a senior official": the cited one is the source.
        if (sourceEnd + 1 < end && view.Lower[sourceEnd] == "that" && view.Lower[sourceEnd + 1] is "cited" or "quoted")
        {
            var (citedFirst, citedEnd) = sources.OnRight(sourceEnd + 2, end, appositive: false);
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
        // "…, told reporters": the words after "told" are its object, never an inverted subject.
        if (!participle && !Lexicon.ObjectCues.Contains(view.Lower[cue]) && left >= first && (view.Lower[left] == "," || IsClosingMark(left)) && HasWord(first, left))
        {
            var (sourceFirst, sourceEnd) = sources.OnRight(cue + 1, end, appositive: true);
            if (sourceFirst >= 0)
            {
                var both = sourceEnd + 1 < end && view.Lower[sourceEnd] == "," && Continues(sourceEnd + 1, end, afterSource: true);
                return new Clause(cue, cue + 1, sourceFirst, sourceEnd, cue, sourceEnd, true, both, false);
            }
        }
        // "Lamenting their luck, Mexicans often say …", "While having a debate, a friend commented": a
        // participle that opens the sentence takes the subject after its comma; its content stops there.
        if (participle && (left < first || (left == first && view.Lower[left] is "while" or "after" or "before" or "by" or "when")))
        {
            var comma = cue + 1;
            var clauseOpened = false;
            while (comma < end && view.Lower[comma] != "," && !view.IsQuoteMark(comma) && (clauseOpened || !IsFiniteAuxiliary(comma)))
            {
                clauseOpened |= view.Lower[comma] is "that" or "whether" or "if" or "how" or "what" or "why" or "who" or "when";
                comma++;
            }
            var (sourceFirst, sourceEnd) = comma + 1 < end && view.Lower[comma] == "," ? sources.MainSubject(comma + 1, end) : (-1, -1);
            if (sourceFirst >= 0 && HasWord(cue + 1, comma))
            {
                return new Clause(cue, cue + 1, sourceFirst, sourceEnd, cue, cue + 1, false, true, true);
            }
        }
        // "Yoon lambasted …, and called on …": a coordinated cue shares the subject before it.
        var coordinated = left - 1 >= first && view.Lower[left] == "and" && !IsEvidenceVerb(cue) && (previous is { HasSource: true } || view.IsWord(left - 1));
        if (participle)
        {
            // "…, perhaps recognizing that …": an adverb between the comma and the participle.
            while (left > first && (view.Lower[left] == "perhaps" || IsAuxiliary(left)) && !view.IsContraction(left))
            {
                left--;
            }
        }
        if ((coordinated || (participle && left >= first && (view.Lower[left] is "," or "while" or "before" or "after" or "by" or "—" || IsClosingMark(left)))) && cue + 1 < end && !IsTerminal(cue + 1))
        {
            var (sourceFirst, sourceEnd) = previous is { HasSource: true } p ? (p.SourceFirst, p.SourceEnd) : sources.MainSubject(first, left);
            return new Clause(cue, cue + 1, sourceFirst, sourceEnd, cue, cue + 1, false, true, true);
        }
        return null;
    }

    /// <summary>"Asking for help is a last resort": a finite verb after the <c>-ing</c> word makes it a gerund subject, not a participle.</summary>
    private bool IsFiniteAuxiliary(int token) =>
        view.Lower[token] is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "must";

    /// <summary>A be-form before the <c>-ing</c> cue, past a negation or adverb between them: "is telling", "isn’t saying", "is also urging".</summary>
    private bool IsProgressive(int cue, int first)
    {
        var k = cue - 1;
        while (k > first && IsAuxiliary(k) && !Lexicon.BeForms.Contains(view.Lower[k]))
        {
            k--;
        }
        return k >= first && Lexicon.BeForms.Contains(view.Lower[k]);
    }

    private bool IsEvidenceVerb(int token) => view.Lower[token] is "show" or "shows" or "showed" or "shown" or "showing" or "find" or "finds" or "found" or "finding";

    private bool IsAuxiliary(int token)
    {
        var word = view.Lower[token];
        if (view.IsContraction(token))
        {
            return true;
        }
        return view.IsWord(token) && (Lexicon.Auxiliaries.Contains(word) || (word.EndsWith("ly", StringComparison.Ordinal) && !view.IsCapitalised(token) && word.Length > 4));
    }

    /// <summary>
    /// After <c>…, he said,</c> the sentence goes on with more content: a quote, or a clause that is
    /// not a new cue, a relative clause or a coordination (<c>Nor, he said, did he …</c>).
    /// </summary>
    /// <param name="afterSource">The clause ended on a source (<c>said Kimura,</c>): what follows may be its description, not content.</param>
    private bool Continues(int token, int end, bool afterSource)
    {
        if (token >= end)
        {
            return false;
        }
        if (view.IsOpeningMark(token))
        {
            return true;
        }
        var word = view.Lower[token];
        return view.IsWord(token) && !view.IsCue(token) && !view.IsCapitalised(token)
            && !(afterSource && view.Tokens[token].Kind == TokenKind.Number)
            && word is not ("who" or "which" or "whose" or "where" or "when" or "and" or "but" or "or" or "according" or "as")
            && !Lexicon.TrailingPrepositions.Contains(word) && !word.EndsWith("ing", StringComparison.Ordinal)
            && !(afterSource && sources.IsAppositiveStart(token));
    }

    private bool IsTrailingPhrase(int from, int end)
    {
        if (view.Lower[from] is "he" or "she" or "they" or "we" or "i" or "there")
        {
            // A subject pronoun opens a clause ("26% say they are conservative"), never an object.
            return false;
        }
        var k = from;
        if (!Lexicon.TrailingPrepositions.Contains(view.Lower[from]))
        {
            // "…, he told the court.": a short object closing the sentence, no clause after it.
            while (k < end && !IsTerminal(k) && view.Lower[k] is not ("," or "that") && k - from < 4)
            {
                k++;
            }
            return k < end && IsTerminal(k) || k == end;
        }
        while (k < end && view.Lower[k] != "," && !IsTerminal(k))
        {
            k++;
        }
        return k - from <= 7 && (k >= end || IsTerminal(k) || (k + 1 < end && view.Lower[k + 1] is var next && (next.EndsWith("ing", StringComparison.Ordinal) || view.IsOpeningMark(k + 1))));
    }

    private bool IsClauseBoundary(int token) => view.Lower[token] is "," or "—" or "–" or "--" || IsClosingMark(token);

    private bool IsClosingMark(int token) => view.IsClosingMark(token);

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
