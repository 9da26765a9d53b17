namespace Dossier.Time;

/// <summary>The TIMEX3 spellings of <see cref="TimexType"/> and <see cref="TimexMod"/>.</summary>
public static class TimexValues
{
    public static string Name(TimexType type) => type switch
    {
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => "DATE",
    };

    /// <summary>The TIMEX3 <c>mod</c> spelling; null for <see cref="TimexMod.None"/>.</summary>
    public static string? Name(TimexMod mod) => mod switch
    {
        TimexMod.Start => "START",
        TimexMod.Mid => "MID",
        TimexMod.End => "END",
        TimexMod.Approx => "APPROX",
        TimexMod.Before => "BEFORE",
        TimexMod.After => "AFTER",
        TimexMod.OnOrBefore => "ON_OR_BEFORE",
        TimexMod.OnOrAfter => "ON_OR_AFTER",
        TimexMod.LessThan => "LESS_THAN",
        TimexMod.MoreThan => "MORE_THAN",
        TimexMod.EqualOrLess => "EQUAL_OR_LESS",
        TimexMod.EqualOrMore => "EQUAL_OR_MORE",
        _ => null,
    };

    /// <summary>Unknown spellings read as <see cref="TimexMod.None"/>.</summary>
    public static TimexMod ParseMod(string mod) => mod.ToUpperInvariant() switch
    {
        "START" => TimexMod.Start,
        "MID" => TimexMod.Mid,
        "END" => TimexMod.End,
        "APPROX" => TimexMod.Approx,
        "BEFORE" => TimexMod.Before,
        "AFTER" => TimexMod.After,
        "ON_OR_BEFORE" => TimexMod.OnOrBefore,
        "ON_OR_AFTER" => TimexMod.OnOrAfter,
        "LESS_THAN" => TimexMod.LessThan,
        "MORE_THAN" => TimexMod.MoreThan,
        "EQUAL_OR_LESS" => TimexMod.EqualOrLess,
        "EQUAL_OR_MORE" => TimexMod.EqualOrMore,
        _ => TimexMod.None,
    };
}
