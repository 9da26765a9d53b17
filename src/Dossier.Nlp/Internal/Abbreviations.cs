using System.Collections.Frozen;

namespace Dossier.Nlp.Internal;

/// <summary>
/// Words that keep their trailing period as part of the token, and whether that period may
/// also end a sentence. Lookups take spans so the tokenizer allocates nothing.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and words that are always followed by more of the sentence (a name, a number).</summary>
    private static readonly string[] NeverFinal =
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl",
        "Gov", "Sen", "Rep", "Rev", "Fr", "Hon", "Pres", "Supt", "Insp", "Amb", "Sec", "Atty",
        "St", "Mt", "Ft", "No", "Nos", "Vol", "Fig", "Ch", "pp", "vs", "v", "cf", "approx",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        "e.g", "i.e", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga",
        "Kans", "Ky", "Md", "Mich", "Minn", "Mont", "Neb", "Nev",
        "Okla", "Penn", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo",
    ];

    /// <summary>Abbreviations that often stand last in a sentence, so their period may end it too.</summary>
    private static readonly string[] MaybeFinal =
    [
        "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "etc", "al", "Ave", "Blvd", "Rd",
        "U.S", "U.K", "U.N", "E.U", "a.m", "p.m", "U.S.A", "D.C", "N.Y", "L.A",
    ];

    // Wire copy and datelines write abbreviations in capitals too ("OCT. 26", "GEN. KIM"), so each set holds both forms.
    private static readonly FrozenSet<string> NeverFinalSet = WithCapitals(NeverFinal);

    private static readonly FrozenSet<string> MaybeFinalSet = WithCapitals(MaybeFinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalLookup =
        NeverFinalSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeFinalLookup =
        MaybeFinalSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string> WithCapitals(string[] words) =>
        words.Concat(words.Select(w => w.ToUpperInvariant())).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (without its period) takes the period into the token.</summary>
    public static bool Contains(ReadOnlySpan<char> word) =>
        NeverFinalLookup.Contains(word) || MaybeFinalLookup.Contains(word);

    /// <summary>True when the abbreviation (period included) never ends a sentence: titles, months, "No.".</summary>
    public static bool IsNeverFinal(ReadOnlySpan<char> tokenWithPeriod) =>
        tokenWithPeriod.Length > 1 && NeverFinalLookup.Contains(tokenWithPeriod[..^1]);
}
