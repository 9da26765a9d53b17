namespace Dossier.Entities.Internal;

/// <summary>
/// An acronym the text defines in brackets right after a name: "Northern Limit Line (NLL)". The
/// bracketed text must be 2 to 10 capitals (dots, hyphens and ampersands allowed) that spell the
/// initials of the name's capitalised words, so a credit such as "Seoul (Yonhap)" is not one.
/// </summary>
internal static class Acronym
{
    /// <summary>The span of <c>XYZ</c> when the name at <paramref name="name"/> is followed by <c> (XYZ)</c> and XYZ spells its initials.</summary>
    public static TextSpan? DefinedAfter(string text, TextSpan name)
    {
        var at = name.End;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        if (at >= text.Length || text[at] != '(')
        {
            return null;
        }
        var start = at + 1;
        var close = text.IndexOf(')', start);
        if (close < 0 || close - start < 2 || close - start > 10)
        {
            return null;
        }
        foreach (var c in text.AsSpan(start, close - start))
        {
            if (!(char.IsUpper(c) || c is '.' or '-' or '&'))
            {
                return null;
            }
        }
        var acronym = new TextSpan(start, close);
        return Initials(name.Of(text)).Equals(Letters(acronym.Of(text)), StringComparison.Ordinal) ? acronym : null;
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    private static string Letters(string acronym) => string.Concat(acronym.Where(char.IsUpper));
}
