namespace Dossier.Quotes.Internal;

/// <summary>
/// Turns role text into <see cref="ActorRole"/>s: titles before a name (<c>former prime minister</c>,
/// <c>South Korean President</c>) and descriptions after it (<c>a professor of Korean studies at Kobe
/// University</c> → professor of Korean studies, at Kobe University).
/// </summary>
internal static class RoleParser
{
    /// <summary>Title words written before a name; leading nationality words become the affiliation.</summary>
    public static ActorRole? FromTitle(ArticleView view, int first, int end)
    {
        var tense = RoleTense.Current;
        var k = first;
        string? affiliation = null;
        var affiliationFirst = -1;
        while (k < end && !Lexicon.TitleWords.Contains(view.Lower[k]) && !IsTenseWord(view.Lower[k])
            && !view.Lower[k].StartsWith("then-", StringComparison.Ordinal) && !view.Lower[k].StartsWith("ex-", StringComparison.Ordinal))
        {
            affiliationFirst = affiliationFirst < 0 ? k : affiliationFirst;
            k++;
        }
        if (affiliationFirst >= 0)
        {
            var stop = k;
            while (stop > affiliationFirst && view.IsPossessive(stop - 1))
            {
                stop--;
            }
            affiliation = stop > affiliationFirst ? view.Document[view.Span(affiliationFirst, stop)] : null;
        }
        while (k < end && (IsTenseWord(view.Lower[k]) || Lexicon.Honorifics.Contains(view.Lower[k])))
        {
            tense = TenseOf(view.Lower[k], tense);
            k++;
        }
        if (k >= end)
        {
            return null;
        }
        var title = view.Document[view.Span(k, end)];
        if (view.Lower[k].StartsWith("then-", StringComparison.Ordinal) || view.Lower[k].StartsWith("ex-", StringComparison.Ordinal))
        {
            tense = view.Lower[k].StartsWith("then-", StringComparison.Ordinal) ? RoleTense.Then : RoleTense.Former;
            title = title[(title.IndexOf('-', StringComparison.Ordinal) + 1)..];
        }
        return new ActorRole(title, affiliation, tense, view.Span(first, end));
    }

    /// <summary>A description set off after a name: split at "and" into roles, each split into title and affiliation.</summary>
    public static IEnumerable<ActorRole> FromDescription(ArticleView view, int first, int end)
    {
        var part = first;
        for (var k = first; k <= end; k++)
        {
            var split = k == end || (view.Lower[k] == "and" && k + 1 < end && view.Lower[k + 1] is "a" or "an" or "the" or "former");
            if (!split)
            {
                continue;
            }
            if (Describe(view, part, k) is { } role)
            {
                yield return role;
            }
            part = k + 1;
        }
    }

    private static ActorRole? Describe(ArticleView view, int first, int end)
    {
        var spanFirst = first;
        var tense = RoleTense.Current;
        while (first < end && (view.Lower[first] is "a" or "an" or "the" || IsTenseWord(view.Lower[first])))
        {
            tense = TenseOf(view.Lower[first], tense);
            first++;
        }
        if (first >= end)
        {
            return null;
        }
        var cut = -1;
        for (var k = first + 1; k < end - 1; k++)
        {
            if (view.Lower[k] == "at")
            {
                cut = k;
                break;
            }
        }
        if (cut < 0)
        {
            for (var k = end - 2; k > first; k--)
            {
                if (view.Lower[k] is "of" or "for" && HasCapital(view, k + 1, end))
                {
                    cut = k;
                    break;
                }
            }
        }
        var title = view.Document[view.Span(first, cut < 0 ? end : cut)];
        string? affiliation = null;
        if (cut >= 0)
        {
            var a = cut + 1;
            while (a < end && view.Lower[a] == "the")
            {
                a++;
            }
            affiliation = a < end ? view.Document[view.Span(a, end)] : null;
        }
        return new ActorRole(title, affiliation, tense, view.Span(spanFirst, end));
    }

    private static bool HasCapital(ArticleView view, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (view.IsCapitalised(k))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsTenseWord(string word) => word is "former" or "then" or "ex" or "then-" or "ex-" or "late";

    private static RoleTense TenseOf(string word, RoleTense current) => word switch
    {
        "former" or "ex" or "ex-" or "late" => RoleTense.Former,
        "then" or "then-" => RoleTense.Then,
        _ => current,
    };
}
