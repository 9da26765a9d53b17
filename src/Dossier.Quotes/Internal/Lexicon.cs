using System.Collections.Frozen;

namespace Dossier.Quotes.Internal;

/// <summary>
/// Word lists the extractor matches against, all lower case. The cue verbs are the speech, report and
/// stance verbs that introduce most attributions in PolNeAR's training split, in every inflection.
/// </summary>
internal static class Lexicon
{
    private static readonly string[] CueLemmas =
    [
        "say", "tell", "add", "write", "ask", "note", "report", "announce", "suggest", "tweet", "argue",
        "explain", "acknowledge", "declare", "urge", "recall", "conclude", "claim", "respond",
        "agree", "propose", "state", "warn", "promise", "insist", "reply", "reveal", "predict", "pledge",
        "vow", "question", "confirm", "admit", "deny", "assert", "concede", "stress", "complain", "lament",
        "repeat", "reiterate", "maintain", "contend", "observe", "emphasize", "emphasise", "allege", "charge",
        "testify", "announce", "remark", "comment", "estimate", "indicate", "mention", "joke",
        "caution", "counter", "retort", "acknowledge", "assure", "inform", "disclose", "point", "accuse",
        "criticize", "blast", "slam", "praise", "describe", "dismiss", "blame", "believe", "think", "hope",
        "fear", "lambaste", "call", "endorse", "defend", "want", "support", "refuse", "decline", "know", "express",
        "oppose", "reject", "welcome", "plan", "seek", "hint", "speculate", "worry", "doubt", "wonder", "attack", "mock",
        "thank", "prefer", "boast", "quip", "interject", "exclaim", "shout", "yell", "scream", "muse", "concede", "consider", "feel", "urge", "describe", "portray", "label", "dub", "brand", "demand", "recommend", "signal", "show", "find", "post",
        // Added from PolNeAR train cue statistics (round 2): lemmas whose forms are cues in at least
        // about half of their train occurrences and that the list above lacked.
        "cite", "denounce", "condemn", "order", "tout", "refer", "discuss", "list", "echo", "highlight",
        "request", "deem", "remind", "nominate", "identify", "learn", "challenge",
        // Speech and thought verbs too rare in train to rank, with no common other reading.
        "brag", "fume", "scoff", "gush", "opine", "posit", "theorize", "recount", "characterize", "decry",
        "rebut", "refute", "dispute", "applaud", "hail", "laud", "commend", "concur", "surmise", "suspect",
        "anticipate", "expect", "imagine", "reckon", "forecast", "implore", "plead", "affirm",
        "reaffirm", "grumble", "mutter", "whisper", "crow", "rail", "chant", "envision", "continue", "see",
    ];

    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.Ordinal)
    {
        ["say"] = ["say", "says", "said", "saying"],
        ["tell"] = ["tell", "tells", "told", "telling"],
        ["write"] = ["write", "writes", "wrote", "writing", "written"],
        ["think"] = ["think", "thinks", "thought", "thinking"],
        ["find"] = ["find", "finds", "found", "finding"],
        ["show"] = ["show", "shows", "showed", "showing", "shown"],
        ["point"] = ["pointed", "pointing"],
        ["state"] = ["stated", "stating"],
        ["know"] = ["know", "knows", "knew", "known"],
        ["feel"] = ["feel", "feels", "felt"],
        ["seek"] = ["seek", "seeks", "sought", "seeking"],
        ["plan"] = ["plans", "planned"],
        ["support"] = ["supported", "supports", "supporting"],
        ["attack"] = ["attacked", "attacking"],
        ["thank"] = ["thanked", "thanking"],
        ["comment"] = ["commented", "commenting"],
        ["remark"] = ["remarked"],
        ["charge"] = ["charged", "charging"],
        ["signal"] = ["signaled", "signalled", "signaling"],
        ["post"] = ["posted", "posting"],
        // "citing X" names the one cited, not what was said; "could tout it" is hypothetical.
        ["cite"] = ["cite", "cites", "cited"],
        ["tout"] = ["touts", "touted", "touting"],
        // "is expected to" has no holder: AttributionFinder reads it as a raising construction.
        ["expect"] = ["expect", "expects", "expecting"],
        ["dispute"] = ["disputed", "disputing"],
        // "“…,” he continued": the present "continue(s) to" is an aspect verb, not a cue.
        ["continue"] = ["continued"],
        // "sees … as …"; the other forms of "see" are mostly not cues.
        ["see"] = ["sees"],
        ["refer"] = ["refer", "refers", "referred", "referring"],
        ["echo"] = ["echoed", "echoes", "echoing"],
        ["order"] = ["ordered", "ordering"],
        ["list"] = ["listed", "listing"],
        ["request"] = ["requested", "requesting"],
        ["challenge"] = ["challenged", "challenging"],
    };

    /// <summary>
    /// Forms of the lemmas above that were right in under a quarter of their attributions on PolNeAR
    /// train (round 2 measurement), mostly as nouns, adjectives or stance the annotators did not mark.
    /// </summary>
    private static readonly string[] WeakForms =
    [
        "known", "knew", "call", "thought", "charged", "opposed", "questions", "report", "considered",
        "identified", "identify", "seek", "planned", "believed", "feels", "requested", "deemed", "written",
        "showing", "supporting", "hints",
    ];

    public static readonly FrozenSet<string> CueVerbs = BuildCueVerbs();

    /// <summary>Cue verbs whose object comes before the reported content: <c>told reporters that …</c>.</summary>
    public static readonly FrozenSet<string> ObjectCues = FrozenSet.Create(StringComparer.Ordinal,
        "told", "tell", "tells", "telling", "informed", "assured", "urged", "warned", "asked", "reminded");

    /// <summary>
    /// Words the cue model may not take as a cue's head: adverbs of degree lead the word that matters
    /// ("well aware", "long been strained").
    /// </summary>
    public static readonly FrozenSet<string> NotCueHeads = FrozenSet.Create(StringComparer.Ordinal,
        "well", "long", "so", "too", "very", "much", "far", "more", "most", "less");

    /// <summary>Forms of "be" that make a following <c>-ing</c> verb progressive.</summary>
    public static readonly FrozenSet<string> BeForms = FrozenSet.Create(StringComparer.Ordinal,
        "is", "are", "was", "were", "be", "been", "'s", "’s", "'re", "’re", "'m", "’m");

    /// <summary>Words that may stand between a subject and its cue verb: <c>also</c>, <c>has</c>, <c>repeatedly</c>.</summary>
    public static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.Ordinal,
        "also", "has", "have", "had", "would", "will", "did", "does", "do", "not", "later", "then", "previously",
        "earlier", "again", "once", "was", "were", "is", "are", "had", "could", "may", "might", "should", "can",
        "reportedly", "publicly", "privately", "repeatedly", "recently", "often", "even", "still", "further",
        "already", "never", "always", "just", "been", "n't", "n’t");

    /// <summary>Words that end a subject when walking left from a cue: the subject cannot reach past them.</summary>
    public static readonly FrozenSet<string> SubjectStops = FrozenSet.Create(StringComparer.Ordinal,
        "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "because", "as", "if", "and",
        "but", "or", "so", "than", "although", "though", "since", "after", "before", "until", "unless",
        "whether", "why", "how", "to", "by", "with", "without", "into", "from", "is", "was", "are", "were",
        "be", "being", "it", "this", "these", "those", "there", "here", "not", "said", "says", "say", "told");

    public static readonly FrozenSet<string> PersonPronouns = FrozenSet.Create(StringComparer.Ordinal,
        "he", "she", "i", "we", "they", "you");

    /// <summary>Heads of descriptions that name no one: a new actor each time they come with a/an/one.</summary>
    public static readonly FrozenSet<string> AnonymousHeads = FrozenSet.Create(StringComparer.Ordinal,
        "official", "officials", "source", "sources", "expert", "experts", "analyst", "analysts", "aide", "aides",
        "diplomat", "diplomats", "person", "people", "observers", "critics", "critic", "insider", "insiders",
        "spokesman", "spokeswoman", "spokesperson", "adviser", "advisers", "advisor", "advisors", "lawmaker",
        "lawmakers", "member", "members", "staffer", "staffers", "strategist", "strategists", "veteran",
        "officer", "officers", "economists", "economist", "scholars", "voters", "voter", "residents",
        "conservatives", "liberals", "supporters", "opponents", "democrats", "republicans", "politicians",
        "leaders", "leader", "researchers", "witnesses", "witness", "investigators", "prosecutors", "aides",
        // Common-noun heads of PolNeAR train sources (round 2), most frequent first.
        "candidates", "allies", "ally", "groups", "supporter", "advocates", "senators", "admirers", "executives",
        "crowd", "reporter", "reporters", "front-runner", "friends", "friend", "activists", "activist", "rivals",
        "man", "donors", "pollster", "pollsters", "delegates", "staff", "women", "woman", "narrator", "scientists",
        "contenders", "authorities", "audience", "businessman", "writers", "writer", "lawyers", "lawyer",
        "attendees", "employees", "employee", "commentator", "commentators", "operatives", "progressives",
        "protesters", "backers", "journalist", "journalists", "investors", "mogul", "physicians", "owners",
        "fans", "organizers", "organizer", "superdelegates", "moderates", "pundits", "hopefuls", "consultant",
        "speechwriter", "independents", "defenders", "user", "users", "citizens", "attorneys", "pastor",
        "students", "teachers", "doctors", "families", "workers", "americans");

    /// <summary>Non-human heads that can still be a source: <c>a poll showed</c>, <c>reports said</c>.</summary>
    public static readonly FrozenSet<string> SourceHeads = FrozenSet.Create(StringComparer.Ordinal,
        "report", "reports", "poll", "polls", "survey", "surveys", "study", "studies", "statement", "data",
        "media", "agency", "office", "ministry", "government", "campaign", "administration", "committee",
        "group", "company", "newspaper", "paper", "analysis", "document", "documents", "memo", "letter",
        "website", "article", "story", "post", "tweet", "ad", "release", "filing", "records", "court",
        "team", "department", "police", "military", "army", "lawsuit", "suit", "complaint", "ruling", "order",
        "book", "email", "e-mail", "message", "video", "transcript", "investigation", "audit", "indictment",
        "motion", "bill", "law", "platform", "headline", "column", "editorial", "op-ed", "petition", "resolution",
        "note", "sign", "signs", "banner", "ads", "emails", "messages", "reports", "findings", "research",
        "leadership", "establishment", "parties", "campaigns", "public", "organizations", "movement", "firm",
        "firms", "camp", "community", "businesses", "editorials", "unions", "panel", "outlets", "polling",
        "results", "networks", "countries", "states", "opinion", "speech", "remarks", "summary", "estimates");

    /// <summary>Words that open a time adverbial after a source: <c>according to Park Jin last week</c>.</summary>
    public static readonly FrozenSet<string> TimeWords = FrozenSet.Create(StringComparer.Ordinal,
        "last", "next", "this", "on", "in", "yesterday", "today", "tonight", "earlier", "later", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "during", "at");

    /// <summary>Words that open a short trailing phrase after a post-posed cue: <c>Lee said of …</c>.</summary>
    public static readonly FrozenSet<string> TrailingPrepositions = FrozenSet.Create(StringComparer.Ordinal,
        "of", "in", "on", "at", "during", "after", "before", "to", "from", "via", "through", "about", "when",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "last", "earlier", "later", "recently", "afterward", "afterwards");

    /// <summary>Quantifiers and articles that make a description indefinite: a new, unnamed source.</summary>
    public static readonly FrozenSet<string> Indefinites = FrozenSet.Create(StringComparer.Ordinal,
        "a", "an", "one", "some", "several", "many", "two", "three", "four", "five", "other", "another",
        "most", "few", "numerous", "various", "multiple");

    /// <summary>Title words that can precede a name or stand as a role noun (<c>the prime minister</c>).</summary>
    public static readonly FrozenSet<string> TitleWords = FrozenSet.Create(StringComparer.Ordinal,
        "president", "vice", "prime", "minister", "foreign", "defense", "defence", "finance", "chief", "cabinet",
        "secretary", "deputy", "presidential", "spokesperson", "spokesman", "spokeswoman", "sen.", "senator",
        "rep.", "representative", "gov.", "governor", "mayor", "chairman", "chairwoman", "chair", "leader",
        "ambassador", "gen.", "general", "director", "ceo", "professor", "prof.", "dr.", "judge", "justice",
        "envoy", "adviser", "advisor", "commissioner", "chancellor", "king", "queen", "pope", "lawmaker",
        "congressman", "congresswoman", "candidate", "nominee", "speaker", "attorney", "former", "then",
        "acting", "top", "senior", "state", "trade", "economy", "unification", "national", "security", "premier",
        "mr.", "mrs.", "ms.", "sir", "lord", "chief-of-staff", "house", "senate", "majority", "minority", "whip",
        "democratic", "republican", "gop", "assistant", "executive", "managing", "press", "government", "party",
        "opposition", "ruling", "councilor", "official", "head", "founder", "co-founder", "host", "anchor",
        "justice", "interior", "home", "labor", "labour", "health", "education", "environment", "industry",
        "commerce", "treasury", "energy", "transport", "agriculture", "lt.", "col.", "adm.", "sgt.", "capt.",
        "commander", "admiral", "colonel", "lieutenant", "sergeant", "captain", "bishop", "cardinal", "rabbi",
        "imam", "rev.", "reverend", "coach", "manager", "economist", "analyst", "researcher", "fellow");

    /// <summary>Courtesy titles that carry no role: kept out of <see cref="ActorRole"/>.</summary>
    public static readonly FrozenSet<string> Honorifics = FrozenSet.Create(StringComparer.Ordinal,
        "mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "dr.", "sir");

    /// <summary>Last words that make a capitalised name an organisation.</summary>
    public static readonly FrozenSet<string> OrganizationHeads = FrozenSet.Create(StringComparer.Ordinal,
        "party", "university", "institute", "agency", "office", "ministry", "department", "court", "committee",
        "commission", "council", "bank", "times", "post", "news", "network", "association", "corp.", "corp",
        "inc.", "inc", "group", "campaign", "service", "foundation", "center", "centre", "company", "press",
        "journal", "tribune", "herald", "review", "magazine", "house", "congress", "senate", "parliament",
        "assembly", "administration", "government", "army", "navy", "force", "police", "union", "organization",
        "organisation", "fund", "board", "bureau", "reuters", "yonhap", "kyodo", "cnn", "bbc", "ap", "afp",
        "fbi", "cia", "nato", "un", "eu", "gop", "pac", "studies", "school", "club", "forum", "league");

    /// <summary>States and capitals that stand for their governments when they speak (<c>Seoul says</c>).</summary>
    public static readonly FrozenSet<string> Governments = FrozenSet.Create(StringComparer.Ordinal,
        "japan", "south korea", "north korea", "korea", "china", "taiwan", "russia", "ukraine", "india",
        "united states", "u.s.", "us", "america", "britain", "uk", "u.k.", "france", "germany", "iran", "iraq",
        "syria", "israel", "turkey", "australia", "canada", "mexico", "brazil", "seoul", "tokyo", "pyongyang",
        "beijing", "washington", "moscow", "kyiv", "kiev", "london", "paris", "berlin", "tehran", "taipei",
        "the kremlin", "kremlin", "white house", "the white house", "the pentagon", "pentagon", "new delhi",
        "ottawa", "canberra", "jerusalem", "ankara", "damascus", "baghdad", "the united states", "the u.s.");

    /// <summary>Capitalised words that open a sentence or clause without starting a name.</summary>
    public static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.Ordinal,
        "the", "a", "an", "but", "and", "or", "if", "for", "after", "although", "according", "still",
        "meanwhile", "however", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "its", "our", "my", "your", "in", "on", "at", "as", "with", "while", "when",
        "since", "because", "so", "yet", "then", "there", "here", "what", "who", "why", "how", "where", "which",
        "throwing", "apologizing", "asking", "creating", "coming", "on", "from", "to", "by", "of", "not", "no",
        "one", "all", "many", "some", "any", "each", "both", "also", "even", "now", "last", "next", "this",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "media", "strong", "tokyo's", "yet", "said", "says", "sen", "rep");

    /// <summary>Verbs that end a description after a name (<c>Taro Aso, former prime minister … met with</c>).</summary>
    public static readonly FrozenSet<string> ClauseVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "met", "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "did", "does",
        "who", "which", "that");

    /// <summary>Words before a cue form that make it a noun: <c>the report</c>, <c>his statement</c>.</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.Ordinal,
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
        "'s", "’s", "of", "new", "latest", "recent", "first", "no", "any", "every");

    private static bool EndsConsonantVowelConsonant(string word) =>
        word.Length >= 3 && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && !IsVowel(word[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static FrozenSet<string> BuildCueVerbs()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lemma in CueLemmas)
        {
            if (Irregular.TryGetValue(lemma, out var irregular))
            {
                forms.UnionWith(irregular);
                continue;
            }
            forms.Add(lemma);
            forms.Add(lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) ? lemma + "es" : lemma + "s");
            var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
            forms.Add(lemma.EndsWith('e') ? lemma + "d" : lemma + "ed");
            forms.Add(stem + "ing");
            if (EndsConsonantVowelConsonant(lemma))
            {
                // "admitted", "slammed", "quipped": the final consonant doubles (a doubled form of a verb that
                // does not double, like "visitted", never occurs, so adding it costs nothing).
                forms.Add(lemma + lemma[^1] + "ed");
                forms.Add(lemma + lemma[^1] + "ing");
            }
            if (lemma.EndsWith('y') && lemma.Length > 3 && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal))
            {
                forms.Add(lemma[..^1] + "ies");
                forms.Add(lemma[..^1] + "ied");
            }
        }
        forms.ExceptWith(WeakForms);
        return forms.ToFrozenSet(StringComparer.Ordinal);
    }
}
