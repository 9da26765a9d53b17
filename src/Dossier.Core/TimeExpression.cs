namespace Dossier;

/// <param name="Value">The TIMEX3 value: <c>2022-11-02</c>, <c>P2D</c>, <c>XXXX-WXX-3</c>, <c>PAST_REF</c>, …</param>
public sealed record TimeExpression(TextSpan Span, TimexType Type, string Value);
