namespace Dossier.Quotes.Internal;

/// <summary>
/// Finds attributions sentence by sentence: each cue verb (or <c>according to</c>) gets a clause with its
/// source on the left (<c>X said</c>, <c>X, a professor …, said</c>) or right (<c>said X</c>), and content
/// before it (<c>“…,” he said</c>), after it (<c>he said that …</c>) or both (<c>“…,” he said, “…”</c>).
/// Quotes that run on across sentences and paragraphs are followed to their closing mark. Quotes that
/// no cue claims become attributions of their own, without a source.
/// </summary>
internal sealed class AttributionFinder
{
    private readonly ArticleView view;
    private readonly QuoteModel? model;
    private readonly ClauseParser parser;
    private readonly ContentSpans contentSpans;
    private readonly HolderlessFinder holderless;
    private readonly float[] cueScores;
    private readonly bool[] modelCues;
    private readonly ContentEnds ends;
    private readonly SpanProposer? tagger;

    public AttributionFinder(ArticleView view, QuoteModel? model)
    {
        this.view = view;
        this.model = model;
        parser = new ClauseParser(view);
        contentSpans = new ContentSpans(view);
        holderless = new HolderlessFinder(view, contentSpans);
        cueScores = ScoreCues(view, model);
        modelCues = Array.ConvertAll(cueScores, score => model is not null && score > model.Thresholds.Cue);
        Features = new CandidateFeatures(view, cueScores);
        ends = new ContentEnds(view);
        tagger = model is { HasTagger: true } ? new SpanProposer(view, contentSpans, model.TaggerWeight) : null;
    }

    /// <summary>The filter's view of a proposed attribution.</summary>
    public CandidateFeatures Features { get; }

    /// <summary>When set, receives every content-end decision, for training the content-end model.</summary>
    public Action<EndChoice>? RecordEnds { get; init; }

    /// <summary>
    /// The attributions found around cues, less those around a cue only the model saw that its filter
    /// finds unlikely, then the quotations no surviving attribution claims. Proposals around lexicon
    /// cues are not filtered: on PolNeAR dev filtering them too gains 0.3 attribution F1 and loses
    /// quoted recall, and the hand-written rules there are what the sample articles were checked against.
    /// </summary>
    public List<FoundQuote> Find(CancellationToken cancellationToken = default)
    {
        var found = FindCandidates(cancellationToken);
        if (model is { HasFilter: true })
        {
            found.RemoveAll(quote => IsFiltered(quote) && model.ScoreCandidate(Features, quote) <= model.Thresholds.Filter);
        }
        found.RemoveAll(IsLoneRelative);
        new UnclaimedQuotes(view).AddTo(found, cancellationToken);
        found.Sort((a, b) => a.Content[0].CompareTo(b.Content[0]));
        return found;
    }

    /// <summary>
    /// A lexicon cue whose clause the patterns cannot read goes to the span tagger only when the cue model
    /// scores it above this: lexicon words the model doubts ("plans", "show", "called") are mostly not
    /// cues there. On PolNeAR dev, 0 gave the best attribution F1.
    /// </summary>
    public const float LexiconFallbackThreshold = 0f;

    /// <summary>Whether the filter rules on the proposal: those around cues only the model saw, and those the span tagger read.</summary>
    public static bool IsFiltered(FoundQuote quote) => quote.By is FoundBy.ModelCue or FoundBy.Tagger;

    /// <summary>The attributions found around cues, in text order, before the filter and without the unclaimed quotations.</summary>
    public List<FoundQuote> FindCandidates(CancellationToken cancellationToken = default)
    {
        var found = new List<FoundQuote>();
        foreach (var (first, end, _) in view.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FindInSentence(first, end, found);
        }
        found.Sort((a, b) => a.Content[0].CompareTo(b.Content[0]));
        return found;
    }

    private void FindInSentence(int first, int end, List<FoundQuote> found)
    {
        var clauses = new List<Clause>();
        for (var i = first; i < end; i++)
        {
            var ruleCue = view.IsCue(i) && !(i > first && view.IsAccordingTo(i - 1));
            if (!ruleCue && !modelCues[i])
            {
                continue;
            }
            var previous = clauses.Count > 0 ? clauses[^1] : (Clause?)null;
            // A lexicon cue the patterns turned down stays down; a cue only the model saw gets the loose reading.
            if ((parser.Parse(i, first, end, previous) ?? (ruleCue ? null : parser.ParseLoose(i, first, end))) is { } clause)
            {
                clauses.Add(clause with { ModelCue = !ruleCue });
                i = Math.Max(i, clause.End - 1);
            }
        }

        for (var i = first + 1; i + 1 < end; i++)
        {
            if (view.Lower[i] == ":" && (view.IsOpeningMark(i + 1) || IsHeadlineSpeaker(first, i)) && !clauses.Exists(c => c.End >= i - 1 && c.Start <= i)
                && parser.ParseColon(i, first) is { } colon)
            {
                clauses.Add(colon);
            }
        }
        clauses.Sort((a, b) => a.Start.CompareTo(b.Start));
        var holderlessFrom = found.Count;
        holderless.FindRaising(first, end, found);
        holderless.FindAskedQuestion(first, end, clauses.FindAll(c => !c.ModelCue), found);
        // A stance without a holder ("is expected to", "Asked whether …") is read as such, not as a cue only the model saw.
        clauses.RemoveAll(c => c.ModelCue && found.Skip(holderlessFrom).Any(q => q.Cue is { } cue && cue.Overlaps(view.Span(c.CueFirst))));
        ReadUnclaimedHeads(first, end, clauses, found, holderlessFrom);

        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            if (c > 0 && IsNestedPronounClause(clauses[c - 1], clause))
            {
                continue;
            }
            var spans = new List<TextSpan>();
            var cueEnd = clause.CueEnd;
            if (clause.ContentBefore && clause.Start == first && first > 0 && view.RegionOf[first - 1] >= 0)
            {
                // The quote ended the sentence before: "“… .” Trump said."
                spans.AddRange(view.Regions[view.RegionOf[first - 1]].Segments);
            }
            else if (clause.ContentBefore)
            {
                var from = first;
                var to = BeforeBoundary(clause.Start, first);
                contentSpans.AddContent(spans, from, to, extendBack: true);
            }
            if (clause.ContentAfter)
            {
                var from = parser.ContentStart(clause, end);
                if (from == clause.CueEnd && IsCuePreposition(from, end))
                {
                    cueEnd = ++from;
                }
                var to = end;
                for (var n = c + 1; n < clauses.Count; n++)
                {
                    if (clauses[n].ContentBefore || clauses[n].Inherited || (clauses[n].Start > from && (view.IsAccordingTo(clauses[n].CueFirst) || IsCoordinated(clauses[n].Start))))
                    {
                        // A later clause whose source came first ("Warren, who has not endorsed anyone, told"): stop at its cue.
                        to = BeforeBoundary(clauses[n].Start > from ? clauses[n].Start : clauses[n].CueFirst, from);
                        break;
                    }
                }
                if (clause.SourceFirst > from)
                {
                    // "Lamenting their luck, Mexicans say …": the content of a fronted participle ends before the subject it borrows.
                    to = Math.Min(to, BeforeBoundary(clause.SourceFirst, from));
                }
                var limit = to;
                to = contentSpans.StopAtCoordination(from, to);
                if (clause.ModelCue && view.Lower[from] != "that" && !view.IsOpeningMark(from))
                {
                    // A cue only the model saw takes a short complement ("wary of a breakthrough"), not the rest of the sentence.
                    to = FirstComma(from, to);
                    if (to < limit && view.Lower[to] is "because" or "although" or "though" or "unless")
                    {
                        // A reason or concession after a short complement is the writer's, not part of the content.
                        limit = to;
                    }
                }
                to = ChooseEnd(clause.CueFirst, from, to, limit);
                contentSpans.AddContent(spans, from, to, extendBack: false);
            }
            if (spans.Count == 0 || IsParticle(spans) || (clause.ModelCue && IsShortQuotedNames(spans)))
            {
                continue;
            }
            spans.Sort();
            var content = ContentSpans.Merge(spans);
            found.Add(new FoundQuote(
                content,
                view.Span(clause.CueFirst, cueEnd),
                clause.HasSource ? (clause.SourceFirst, clause.SourceEnd) : (-1, -1),
                contentSpans.KindOf(content),
                clause.Inherited,
                By: clause.ModelCue ? FoundBy.ModelCue : FoundBy.Clause));
        }
    }

    /// <summary>
    /// The span tagger's attribution around each head the cue model marks that no clause covers (as its
    /// source or cue) and no holderless stance reads: "took to Twitter overnight to accuse …", "went on
    /// to discuss …", where no clause pattern fits. A lexicon cue must also score above
    /// <see cref="LexiconFallbackThreshold"/>. On PolNeAR dev, 265 gold attributions had a head the cue
    /// model found and no clause reading it before the tagger.
    /// </summary>
    private void ReadUnclaimedHeads(int first, int end, List<Clause> clauses, List<FoundQuote> found, int holderlessFrom)
    {
        if (tagger is null)
        {
            return;
        }
        var holderlessTo = found.Count;
        for (var i = first; i < end; i++)
        {
            if (!modelCues[i] || (view.IsCue(i) && cueScores[i] <= LexiconFallbackThreshold) || clauses.Exists(c => c.Start <= i && i < c.End)
                || found.Skip(holderlessFrom).Take(holderlessTo - holderlessFrom).Any(q => q.Cue is { } cue && cue.Overlaps(view.Span(i))))
            {
                continue;
            }
            if (tagger.Propose(first, end, i, cueScores[i]) is { } quote)
            {
                found.Add(quote);
            }
        }
    }

    /// <summary>
    /// The cue model's score for each word as the head of a cue: the first word of a cue that is not an
    /// auxiliary, adverb or article ("is demanding" → "demanding", "according to" → "according").
    /// </summary>
    internal static float[] ScoreCues(ArticleView view, QuoteModel? model)
    {
        var scores = new float[view.Tokens.Length];
        Array.Fill(scores, float.NegativeInfinity);
        if (model is null)
        {
            return scores;
        }
        var features = new CueFeatures(view);
        for (var i = 0; i < scores.Length; i++)
        {
            if (view.IsCueCandidate(i) && !view.IsHeadFiller(i) && !IsHypothetical(view, i) && !Lexicon.NotCueHeads.Contains(view.Lower[i]) && !IsAdverb(view.Lower[i]) && !CitesPerson(view, i))
            {
                scores[i] = model.ScoreCue(features, i);
            }
        }
        return scores;
    }

    /// <summary>
    /// "…, Yonhap reported, citing a deputy spokesperson": citing a person names where the report came
    /// from, not what was said. Citing anything else is a cue ("citing a threat to public health"):
    /// on PolNeAR train 30 of 32 "citing" head a gold cue, none of them a person.
    /// </summary>
    private static bool CitesPerson(ArticleView view, int token)
    {
        if (view.Lower[token] != "citing")
        {
            return false;
        }
        for (var k = token + 1; k < view.Tokens.Length && k <= token + 4 && view.IsWord(k); k++)
        {
            if (Lexicon.AnonymousHeads.Contains(view.Lower[k]) || Lexicon.Honorifics.Contains(view.Lower[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "could tout it as …": a modal makes the act hypothetical, not something said; "had been expected
    /// to": a passive stance has no holder, and the raising rule reads it. A passive with its agent
    /// ("were echoed by experts") has one, and the clause patterns read it.
    /// </summary>
    private static bool IsHypothetical(ArticleView view, int token) =>
        token > 0 && (IsModal(view.Lower[token - 1]) || (token > 1 && view.Lower[token - 1] is "also" or "not" or "still" or "then" or "never" or "even" && IsModal(view.Lower[token - 2]))
            || (view.Lower[token - 1] is "been" or "being" || Lexicon.BeForms.Contains(view.Lower[token - 1]))
                && (view.Lower[token].EndsWith("ed", StringComparison.Ordinal) || view.Lower[token] is "seen" or "known" or "thought" or "shown")
                && !(token + 1 < view.Lower.Length && view.Lower[token + 1] == "by"));

    /// <summary>
    /// The content end the model prefers among the candidates up to <paramref name="limit"/> (the
    /// sentence end, or the next clause's source or cue), or the rules' end without a content-end model.
    /// </summary>
    private int ChooseEnd(int cue, int from, int rulesEnd, int limit)
    {
        if (model is not { HasEnds: true } && RecordEnds is null)
        {
            return rulesEnd;
        }
        var candidates = ends.Candidates(from, rulesEnd, limit);
        var recorded = RecordEnds is null ? null : new ulong[candidates.Count][];
        Span<ulong> buffer = stackalloc ulong[ContentEnds.MaxFeatures];
        var best = rulesEnd;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < candidates.Count; c++)
        {
            var keys = buffer[..ends.Extract(cue, from, candidates, c, rulesEnd, limit, buffer)];
            recorded?[c] = keys.ToArray();
            if (model is { HasEnds: true } && model.ScoreEnd(keys) is var score && score > bestScore)
            {
                (best, bestScore) = (candidates[c], score);
            }
        }
        if (recorded is not null)
        {
            RecordEnds!(new EndChoice(cue, from, candidates, recorded));
        }
        return best;
    }

    /// <summary>
    /// "watched “The Apprentice” and “Saturday Night Live”": short quotations with little else are
    /// titles or scare quotes, not words a cue only the model saw attributes.
    /// </summary>
    private bool IsShortQuotedNames(List<TextSpan> spans)
    {
        int outside = 0, longest = 0;
        foreach (var span in spans)
        {
            for (var k = view.Document.TokenIndexAt(span.Start); k < view.Tokens.Length && view.Span(k).Start < span.End; k++)
            {
                if (view.IsWord(k) && view.RegionOf[k] < 0)
                {
                    outside++;
                }
            }
        }
        foreach (var span in spans)
        {
            for (var r = view.FirstRegionEndingFrom(span.Start); r < view.Regions.Length && view.Regions[r].Start < span.End; r++)
            {
                if (span.Overlaps(new TextSpan(view.Regions[r].Start, view.Regions[r].End)))
                {
                    longest = Math.Max(longest, view.WordsIn(view.Regions[r]));
                }
            }
        }
        return longest is > 0 and < 4 && outside < 4;
    }

    /// <summary>
    /// "… a formal apology, which the firms have rejected": a content that is only a relative pronoun
    /// tells a reader nothing of what was said. PolNeAR marks some (51 bare "which" among 22,525 train
    /// contents); on dev none of the proposals like it matched one.
    /// </summary>
    private bool IsLoneRelative(FoundQuote quote) =>
        quote.Content.Length == 1 && view.Text.AsSpan(quote.Content[0].Start, quote.Content[0].Length).Trim() is var word
        && (word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase)
            || word.Equals("who", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Readers wrote in": a lone particle completes the verb, it is not what was said.</summary>
    private bool IsParticle(List<TextSpan> spans) =>
        spans.Count == 1 && view.Text.AsSpan(spans[0].Start, spans[0].Length).Trim() is var word
        && word is "in" or "out" or "up" or "back" or "off" or "down" or "on" or "away" or "over";

    /// <summary>
    /// The first comma, semicolon, dash or subordinating word ("wary of a breakthrough because …") outside
    /// quotation marks in <c>[from, to)</c>, or <paramref name="to"/>.
    /// </summary>
    private int FirstComma(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (view.RegionOf[k] < 0 && view.Lower[k] is "," or ";" or "—" or "–" or "--" or "because" or "although" or "though" or "unless")
            {
                return k;
            }
        }
        return to;
    }

    /// <summary>
    /// "called for more school investment", "complained about his mic": the preposition right after the
    /// cue belongs to the cue, and the content is its object. On PolNeAR dev, 45 contents opened with one
    /// of these where the gold content starts after it, against 16 where it starts with it.
    /// </summary>
    private bool IsCuePreposition(int token, int end) =>
        token + 1 < end && view.RegionOf[token] < 0 && view.Lower[token] is "for" or "about" or "of" or "on" or "against" or "at" or "over"
        && !view.IsPunctuation(token + 1);

    /// <summary>"directly ask": an adverb leads the cue, it does not head it.</summary>
    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    private static bool IsModal(string word) => word is "could" or "would" or "might" or "may" or "should" or "can" or "must";

    /// <summary>A headline or transcript line led by its speaker: "Cruz: Trump Would Put Liberals On Court", "Alex Seitz-Wald: She is right …".</summary>
    private bool IsHeadlineSpeaker(int first, int colon)
    {
        if (colon - first is < 1 or > 4)
        {
            return false;
        }
        for (var k = first; k < colon; k++)
        {
            if (!view.IsCapitalised(k) || Lexicon.NotNames.Contains(view.Lower[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Trump said he believed …": the inner clause opens the outer one's content with a pronoun
    /// subject; the outer attribution carries it.
    /// </summary>
    private bool IsNestedPronounClause(Clause outer, Clause inner) =>
        outer.ContentAfter && !inner.Inherited && inner.HasSource && inner.SourceEnd - inner.SourceFirst == 1
        && Lexicon.PersonPronouns.Contains(view.Lower[inner.SourceFirst])
        && parser.ContentStart(outer, inner.SourceFirst + 1) is var start
        && (start == inner.SourceFirst || (view.Lower[start] == "that" && start + 1 == inner.SourceFirst));

    /// <summary>A clause that starts after "while", "and", "but" or a comma begins a new statement, not one nested in the content.</summary>
    private bool IsCoordinated(int clauseStart) =>
        clauseStart > 0 && (view.Lower[clauseStart - 1] is "," or "while" or "and" or "but" or "whereas" or ";" || view.IsClosingMark(clauseStart - 1));

    /// <summary>The token after the material that ends before <paramref name="clauseStart"/>: skips back over commas, dashes and "while".</summary>
    private int BeforeBoundary(int clauseStart, int floor)
    {
        var to = clauseStart;
        while (to > floor && (view.Lower[to - 1] is "," or "—" or "–" or "--" or "-" or "while" or "(" or ";"))
        {
            to--;
        }
        return to;
    }

}

/// <summary>One content-end decision: the cue, where the content starts, the candidate ends and their features.</summary>
internal sealed record EndChoice(int Cue, int From, List<int> Candidates, ulong[][] Keys);
