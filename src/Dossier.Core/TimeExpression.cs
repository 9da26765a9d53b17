namespace Dossier;

/// <summary>
/// One TIMEX3 time expression: where it is, what kind of time it names, its normalised value,
/// and how that value was reached.
/// </summary>
/// <param name="Value">The TIMEX3 value: <c>2022-11-02</c>, <c>P2D</c>, <c>XXXX-WXX-3</c>, <c>PAST_REF</c>, …</param>
public sealed record TimeExpression(TextSpan Span, TimexType Type, string Value)
{
    /// <summary>The TIMEX3 <c>mod</c>: "early 2022" is <c>2022</c> with <see cref="TimexMod.Start"/>.</summary>
    public TimexMod Mod { get; init; }

    /// <summary>For a range ("1910-1945", "from May to July"): the TIMEX3 value of its first point.</summary>
    public string? Begin { get; init; }

    /// <summary>For a range: the TIMEX3 value of its last point.</summary>
    public string? End { get; init; }

    /// <summary>What the value was resolved against and why; <see cref="TimexAnchor.None"/> for absolute values.</summary>
    public TimexAnchor Anchor { get; init; } = TimexAnchor.None;
}
