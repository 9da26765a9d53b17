using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Dossier.Quotes.Internal;

/// <summary>
/// Within-article coreference. Names are read first: a full name opens an actor, a later surname or
/// titled name joins the most recent actor whose name holds it (<c>Yoon</c>, <c>President Yoon</c>).
/// Sources are then resolved: names inside them, pronouns to the latest speaker (else the latest
/// person), role nouns to the actor holding that title (<c>the prime minister</c>), definite
/// descriptions to the latest unnamed source with that head (<c>the Japanese official</c>); an
/// indefinite description (<c>a senior official</c>) is a new unnamed actor, never a name.
/// </summary>
internal sealed class ActorResolver
{
    private readonly ArticleView view;
    private readonly List<ActorDraft> drafts = [];
    /// <summary>The names in text order: by first token, and so by end, since names never overlap.</summary>
    private readonly List<(NameMention Name, int Actor)> names = [];

    /// <summary>For each word of a draft's name, now or before, the drafts holding it: the only ones a name can join.</summary>
    private readonly Dictionary<string, List<int>> draftsByWord = [];

    /// <summary>For each name a draft has had (any case), the drafts that had it: the only ones a description can be the same as.</summary>
    private readonly Dictionary<string, SortedSet<int>> draftsByName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>For each title a draft holds (any case), the drafts holding it.</summary>
    private readonly Dictionary<string, HashSet<int>> draftsByTitle = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>For each current title in lower case, the drafts holding it, and the lengths of those titles: the ends a description can match.</summary>
    private readonly Dictionary<string, HashSet<int>> draftsByCurrentTitle = new(StringComparer.Ordinal);
    private readonly SortedSet<int> currentTitleLengths = [];
    private static readonly HashSet<int> NoHolders = [];

    /// <summary>For each unnamed-source head an unnamed source's name has had ("" for none), those drafts.</summary>
    private readonly Dictionary<string, HashSet<int>> draftsByHead = new(StringComparer.Ordinal);

    /// <summary>For each end token, the last name ending there.</summary>
    private readonly Dictionary<int, int> nameByEnd = [];
    private readonly List<(int Token, int Paragraph, int Actor)> speakers = [];

    public ActorResolver(ArticleView view)
    {
        this.view = view;
        foreach (var name in NameScanner.Scan(view))
        {
            names.Add((name, AddName(name)));
            nameByEnd[name.End] = names.Count - 1;
        }
    }

    /// <summary>Resolves a quote's source to a draft index, recording the mention; null when no one can be named.</summary>
    public int? Resolve(FoundQuote quote)
    {
        if (quote.Holderless)
        {
            return null;
        }
        if (!quote.HasSource)
        {
            var paragraph = ParagraphOf(view.Document.TokenIndexAt(quote.Content[0].Start));
            var recent = LatestSpeaker(view.Document.TokenIndexAt(quote.Content[0].Start), paragraph, persons: false);
            return recent;
        }
        var (first, end) = quote.SourceTokens;
        var actor = ResolveSource(first, end);
        if (actor is { } index)
        {
            drafts[index].Evident = true;
            drafts[index].AddMention(view.Span(first, end));
            speakers.Add((first, ParagraphOf(first), index));
        }
        return actor;
    }

    /// <summary>The listed actors, and for each draft index its index in that list (or -1).</summary>
    public (ImmutableArray<Actor> Actors, int[] Index) Build()
    {
        var index = new int[drafts.Count];
        var actors = ImmutableArray.CreateBuilder<Actor>();
        for (var d = 0; d < drafts.Count; d++)
        {
            var draft = drafts[d];
            if (!draft.Evident || draft.Kind is null)
            {
                index[d] = -1;
                continue;
            }
            index[d] = actors.Count;
            var mentions = draft.Mentions.Distinct().Order().ToImmutableArray();
            actors.Add(new Actor(draft.Name, draft.Kind.Value, mentions, [.. draft.Roles]));
        }
        return (actors.ToImmutable(), index);
    }

    private int AddName(NameMention name)
    {
        var words = view.Lower[name.First..name.End];
        var text = view.Document[view.Span(name.First, name.End)];
        var actor = FindByName(words, name.Kind);
        if (actor < 0)
        {
            actor = AddDraft(new ActorDraft(text, name.Kind, words) { Evident = name.Kind is ActorKind.Organization && words.Length > 1 });
        }
        var draft = drafts[actor];
        if (words.Length > draft.NameWords.Length)
        {
            draft.Name = text;
            draft.NameWords = words;
            IndexWords(actor);
        }
        draft.Kind ??= name.Kind;
        draft.AddMention(view.Span(name.First, name.End));
        if (name.TitleFirst < name.First && name.Kind is null or ActorKind.Person && RoleParser.FromTitle(view, name.TitleFirst, name.First) is { } title)
        {
            AddRole(actor, title);
            draft.Kind = ActorKind.Person;
        }
        AddDescription(name, actor);
        return actor;
    }

    /// <summary>"Kan Kimura, a professor of Korean studies at Kobe University," gives Kimura that role.</summary>
    private void AddDescription(NameMention name, int actor)
    {
        var draft = drafts[actor];
        var k = name.End;
        if (draft.Kind is ActorKind.Organization or ActorKind.Government || k + 1 >= view.Tokens.Length || view.Lower[k] != "," || view.Lower[k + 1] is not ("a" or "an" or "the" or "former" or "then" or "one")
            && !Lexicon.TitleWords.Contains(view.Lower[k + 1]))
        {
            return;
        }
        var end = k + 1;
        while (end < view.Tokens.Length && !(view.IsPunctuation(end) && !view.IsPossessive(end))
            && !Lexicon.ClauseVerbs.Contains(view.Lower[end]) && !view.IsCue(end) && end - k < 18)
        {
            end++;
        }
        var closed = end < view.Tokens.Length && (view.IsPunctuation(end) || Lexicon.ClauseVerbs.Contains(view.Lower[end]) || view.IsCue(end));
        if (end - k >= 18 || end == k + 1 || !closed || (view.Lower[k + 1] == "the" && view.Lower[end] is not ("," or ".")))
        {
            return;
        }
        foreach (var role in RoleParser.FromDescription(view, k + 1, end))
        {
            AddRole(actor, role);
        }
        if (draft.Kind is null && draft.Roles.Count > 0)
        {
            draft.Kind = ActorKind.Person;
        }
    }

    private int FindByName(string[] words, ActorKind? kind)
    {
        // Every way to match shares a word with the draft's name; ascending order keeps the earliest draft on a tie.
        var sharing = new SortedSet<int>();
        foreach (var word in words)
        {
            if (draftsByWord.TryGetValue(word, out var holders))
            {
                sharing.UnionWith(holders);
            }
        }
        var best = -1;
        foreach (var d in sharing)
        {
            var draft = drafts[d];
            if (draft.Kind is ActorKind.Anonymous || (kind is { } k && draft.Kind is { } dk && k != dk && !(dk == ActorKind.Person && k == ActorKind.Person)))
            {
                continue;
            }
            var match = words.SequenceEqual(draft.NameWords)
                || (words.Length == 1 && draft.NameWords.Length > 1 && draft.Kind is ActorKind.Person or null && draft.NameWords.Contains(words[0]))
                || (words.Length > 1 && draft.NameWords.Length == 1 && words.Contains(draft.NameWords[0]) && draft.Kind is ActorKind.Person);
            if (match && (best < 0 || draft.LastMention > drafts[best].LastMention))
            {
                best = d;
            }
        }
        return best;
    }

    private int? ResolveSource(int first, int end)
    {
        if (end - first == 1 && view.Lower[first] is "he" or "she")
        {
            return LatestSpeaker(first, ParagraphOf(first), persons: true) ?? LatestPerson(first);
        }
        if (end - first == 1 && view.Lower[first] == "who")
        {
            var before = first > 0 && view.Lower[first - 1] == "," ? first - 1 : first;
            var named = nameByEnd.TryGetValue(before, out var n) ? names[n] : default;
            return named.Name.End == before && named.Name.End > 0 ? named.Actor : LatestPerson(first);
        }
        if (end - first == 1 && view.Lower[first] is "they" or "it")
        {
            return LatestSpeaker(first, ParagraphOf(first), persons: false);
        }
        if (end - first == 1 && Lexicon.PersonPronouns.Contains(view.Lower[first]))
        {
            return null;
        }
        for (var n = FirstNameFrom(first); n < names.Count && names[n].Name.First < end; n++)
        {
            var (name, actor) = names[n];
            if (name.End > end)
            {
                continue;
            }
            // The name must be the head of the source: its last words, or followed by a description.
            var whole = name.First == first && name.End == end;
            var head = name.End == end || view.Lower[name.End] == ",";
            if (Lexicon.Indefinites.Contains(view.Lower[first]))
            {
                break;
            }
            if (whole || (head && drafts[actor].Kind is not ActorKind.Government))
            {
                drafts[actor].Kind ??= ActorKind.Person;
                return actor;
            }
        }
        return ResolveDescription(first, end);
    }

    private int ResolveDescription(int first, int end)
    {
        var words = view.Lower[first..end].Where(w => w is not ("the" or "’s" or "'s")).ToArray();
        var head = view.Lower[end - 1];
        var text = view.Document[view.Span(first, end)];
        var definite = view.Lower[first] == "the";
        if (definite)
        {
            var phrase = string.Join(' ', words);
            var byRole = LatestWhere(first, HoldingTitleEnding(phrase), d => d.Roles.Exists(r => r.Tense == RoleTense.Current && phrase.EndsWith(r.Title.ToLowerInvariant(), StringComparison.Ordinal)));
            byRole = byRole >= 0 ? byRole : LatestWhere(first, Holders(draftsByTitle, phrase), d => d.Roles.Exists(r => r.Title.Equals(phrase, StringComparison.OrdinalIgnoreCase)));
            if (byRole >= 0)
            {
                return byRole;
            }
            var anonymousHead = HeadOf(view.Lower[first..end]);
            var byHead = LatestWhere(first, Holders(draftsByHead, anonymousHead ?? ""), d => d.Kind == ActorKind.Anonymous && HeadOf(d.NameWords) == anonymousHead);
            if (byHead >= 0)
            {
                return byHead;
            }
        }
        var kind = Lexicon.Indefinites.Contains(view.Lower[first]) || (HeadOf(view.Lower[first..end]) is not null && !definite && !HasPossessive(first, end))
            ? ActorKind.Anonymous
            : head is "government" or "administration" || Lexicon.Governments.Contains(string.Join(' ', view.Lower[first..end])) ? ActorKind.Government
            : Lexicon.OrganizationHeads.Contains(head) || Lexicon.SourceHeads.Contains(head) ? ActorKind.Organization
            : ActorKind.Person;
        if (kind is not ActorKind.Anonymous)
        {
            // The earliest draft whose name is now the description's text, as a scan of every draft would find.
            foreach (var same in draftsByName.TryGetValue(text, out var named) ? named : [])
            {
                if (drafts[same].Name.Equals(text, StringComparison.OrdinalIgnoreCase))
                {
                    return same;
                }
            }
        }
        var draft = new ActorDraft(text, kind, view.Lower[first..end]);
        if (kind is ActorKind.Person && (definite || HasPossessive(first, end)))
        {
            draft.AddRole(DescriptionRole(first, end));
        }
        return AddDraft(draft);
    }

    private int AddDraft(ActorDraft draft)
    {
        drafts.Add(draft);
        IndexWords(drafts.Count - 1);
        foreach (var role in draft.Roles)
        {
            IndexRole(drafts.Count - 1, role);
        }
        return drafts.Count - 1;
    }

    /// <summary>
    /// Adds the role to the draft and indexes it. Merging only adds a role or replaces ones of the same
    /// title and tense, so a draft's titles, once indexed, stay true of it.
    /// </summary>
    private void AddRole(int d, ActorRole role)
    {
        drafts[d].AddRole(role);
        IndexRole(d, role);
    }

    private void IndexRole(int d, ActorRole role)
    {
        Index(draftsByTitle, role.Title, d);
        if (role.Tense == RoleTense.Current)
        {
            var lower = role.Title.ToLowerInvariant();
            Index(draftsByCurrentTitle, lower, d);
            currentTitleLengths.Add(lower.Length);
        }
    }

    private static void Index(Dictionary<string, HashSet<int>> index, string key, int d)
    {
        if (!index.TryGetValue(key, out var holders))
        {
            index[key] = holders = [];
        }
        holders.Add(d);
    }

    private static HashSet<int> Holders(Dictionary<string, HashSet<int>> index, string key) =>
        index.TryGetValue(key, out var holders) ? holders : NoHolders;

    /// <summary>The drafts with a current title that <paramref name="phrase"/> ends with: one lookup per length of title held.</summary>
    private IEnumerable<int> HoldingTitleEnding(string phrase)
    {
        foreach (var length in currentTitleLengths.GetViewBetween(0, phrase.Length))
        {
            foreach (var d in Holders(draftsByCurrentTitle, phrase[^length..]))
            {
                yield return d;
            }
        }
    }

    /// <summary>Indexes the draft's name, its words and its unnamed-source head, when it is made and when its name grows.</summary>
    private void IndexWords(int d)
    {
        if (!draftsByName.TryGetValue(drafts[d].Name, out var named))
        {
            draftsByName[drafts[d].Name] = named = [];
        }
        named.Add(d);
        if (drafts[d].Kind == ActorKind.Anonymous)
        {
            // Only unnamed sources are looked up by head; a draft becomes anonymous only when it is made.
            Index(draftsByHead, HeadOf(drafts[d].NameWords) ?? "", d);
        }
        foreach (var word in drafts[d].NameWords)
        {
            if (!draftsByWord.TryGetValue(word, out var holders))
            {
                draftsByWord[word] = holders = [];
            }
            if (holders.Count == 0 || holders[^1] != d)
            {
                holders.Add(d);
            }
        }
    }

    /// <summary>"Japan’s top government spokesman" → top government spokesman @ Japan; "the president" → president.</summary>
    private ActorRole DescriptionRole(int first, int end)
    {
        var titleFirst = first;
        string? affiliation = null;
        for (var k = end - 2; k > first; k--)
        {
            if (view.IsPossessive(k))
            {
                var from = view.Lower[first] == "the" ? first + 1 : first;
                affiliation = k > from ? view.Document[view.Span(from, k)] : null;
                titleFirst = k + 1;
                break;
            }
        }
        while (titleFirst < end - 1 && view.Lower[titleFirst] is "the" or "a" or "an")
        {
            titleFirst++;
        }
        return new ActorRole(view.Document[view.Span(titleFirst, end)], affiliation, RoleTense.Current, view.Span(first, end));
    }

    private int? LatestSpeaker(int token, int paragraph, bool persons)
    {
        for (var s = speakers.Count - 1; s >= 0; s--)
        {
            var (at, inParagraph, actor) = speakers[s];
            if (at < token && paragraph - inParagraph <= 2 && (!persons || drafts[actor].Kind is ActorKind.Person or ActorKind.Anonymous))
            {
                return actor;
            }
        }
        return null;
    }

    private int? LatestPerson(int token)
    {
        // A name starting at or after the token cannot end before it.
        for (var n = FirstNameFrom(token) - 1; n >= 0; n--)
        {
            var (name, actor) = names[n];
            if (name.End <= token && drafts[actor].Kind is ActorKind.Person && view.RegionOf[name.First] < 0)
            {
                return actor;
            }
        }
        return null;
    }

    /// <summary>
    /// Of the drafts first mentioned before the token that satisfy the predicate, the one mentioned last,
    /// the earliest on a tie; -1 if none. <paramref name="candidates"/> must hold every draft that can
    /// satisfy it (an index lookup), in any order and maybe more than once.
    /// </summary>
    private int LatestWhere(int token, IEnumerable<int> candidates, Func<ActorDraft, bool> predicate)
    {
        var best = -1;
        foreach (var d in candidates)
        {
            var draft = drafts[d];
            if (draft.Mentions.Count > 0 && draft.Mentions[0].Start < view.Span(token).Start && predicate(draft)
                && (best < 0 || draft.LastMention > drafts[best].LastMention || (draft.LastMention == drafts[best].LastMention && d < best)))
            {
                best = d;
            }
        }
        return best;
    }

    /// <summary>The first unnamed-source noun of a description, before any preposition: <c>official</c> in <c>a senior official in the … Office</c>.</summary>
    private static string? HeadOf(string[] words)
    {
        foreach (var word in words)
        {
            if (Lexicon.AnonymousHeads.Contains(word))
            {
                return word;
            }
            if (word is "in" or "at" or "of" or "for" or "from" or "with")
            {
                return null;
            }
        }
        return null;
    }

    private bool HasPossessive(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (view.IsPossessive(k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The paragraph of the sentence holding the token (sentences are in order and never overlap), else 0.</summary>
    private int ParagraphOf(int token)
    {
        var sentences = view.Sentences;
        var lo = SortedSearch.PartitionPoint(sentences.AsSpan(), sentence => sentence.First <= token);
        return lo > 0 && token < sentences[lo - 1].End ? sentences[lo - 1].Paragraph : 0;
    }

    /// <summary>The index of the first name whose first token is at or after <paramref name="token"/>.</summary>
    private int FirstNameFrom(int token) => SortedSearch.PartitionPoint(CollectionsMarshal.AsSpan(names), n => n.Name.First < token);
}
