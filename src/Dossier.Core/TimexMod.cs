namespace Dossier;

/// <summary>The TIMEX3 <c>mod</c> attribute: a point's part ("early", "mid") or a bound on an amount ("more than").</summary>
public enum TimexMod : byte
{
    None,
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
}
