namespace Dossier.Quotes.Internal;

/// <summary>
/// Finds runs of capitalised words and splits off the title words before the name
/// (<c>South Korean President | Yoon Suk Yeol</c>, <c>former prime minister | Taro Aso</c>). Entity
/// mentions from an earlier stage, when present, decide the kind of the names they cover.
/// </summary>
internal static class NameScanner
{
    private static readonly HashSet<string> Connectors = ["of", "for", "and", "de", "van", "von", "bin", "al", "du", "la"];

    public static List<NameMention> Scan(ArticleView view)
    {
        var names = new List<NameMention>();
        var entities = new MentionLookup(view.Document);
        var k = 0;
        while (k < view.Tokens.Length)
        {
            if (!view.IsCapitalised(k))
            {
                k++;
                continue;
            }
            var end = k + 1;
            while (end < view.Tokens.Length)
            {
                if (view.IsCapitalised(end))
                {
                    end++;
                }
                else if (Connectors.Contains(view.Lower[end]) && end + 1 < view.Tokens.Length && view.IsCapitalised(end + 1)
                    && Lexicon.OrganizationHeads.Contains(LastCapitalised(view, end + 1)))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }
            AddName(view, entities, k, end, names);
            k = end;
        }
        return names;
    }

    private static string LastCapitalised(ArticleView view, int from)
    {
        var k = from;
        while (k + 1 < view.Tokens.Length && (view.IsCapitalised(k + 1) || (Connectors.Contains(view.Lower[k + 1]) && k + 2 < view.Tokens.Length && view.IsCapitalised(k + 2))))
        {
            k++;
        }
        return view.Lower[k];
    }

    private static void AddName(ArticleView view, MentionLookup entities, int first, int end, List<NameMention> names)
    {
        while (first < end && Lexicon.NotNames.Contains(view.Lower[first]))
        {
            first++;
        }
        if (first >= end)
        {
            return;
        }
        var last = view.Lower[end - 1];
        var whole = string.Join(' ', view.Lower[first..end]);
        ActorKind? kind = Lexicon.OrganizationHeads.Contains(last) ? ActorKind.Organization
            : Lexicon.Governments.Contains(whole) ? ActorKind.Government
            : null;
        var nameFirst = first;
        if (kind is null)
        {
            for (var t = end - 2; t >= first; t--)
            {
                if (Lexicon.TitleWords.Contains(view.Lower[t]))
                {
                    nameFirst = t + 1;
                    break;
                }
            }
            if (Lexicon.TitleWords.Contains(last))
            {
                return;
            }
        }
        if (end - nameFirst == 1 && IsNationality(view.Lower[nameFirst]))
        {
            return;
        }
        // Organisations and places carry no personal title; for people, lower-case title words
        // before the capitalised run belong to the title too ("former prime minister Taro Aso").
        var titleFirst = kind is null ? first : nameFirst;
        while (kind is null && titleFirst > 0 && IsLowerTitle(view, titleFirst - 1))
        {
            titleFirst--;
        }
        if (kind is null && (titleFirst < nameFirst || entities.FirstOverlapping(view.Span(nameFirst, end)) == EntityType.Person))
        {
            kind = ActorKind.Person;
        }
        else if (kind is null && entities.FirstOverlapping(view.Span(nameFirst, end)) is { } type)
        {
            kind = type switch
            {
                EntityType.Organization => ActorKind.Organization,
                EntityType.Location => ActorKind.Government,
                _ => null,
            };
        }
        names.Add(new NameMention(titleFirst, nameFirst, end, kind));
    }

    /// <summary>Japanese, Korean, American, British: adjectives, not names of anyone who speaks.</summary>
    private static bool IsNationality(string word) =>
        word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)
        || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
        || word is "american" or "european" or "african" or "mexican" or "german" or "thai" or "iraqi" or "israeli" or "pakistani" or "afghan";

    private static bool IsLowerTitle(ArticleView view, int token)
    {
        var word = view.Lower[token];
        var tense = word is "former" || word.StartsWith("then-", StringComparison.Ordinal) || word.StartsWith("ex-", StringComparison.Ordinal);
        return view.IsWord(token) && (tense || (!view.IsCapitalised(token) && Lexicon.TitleWords.Contains(word)));
    }
}
