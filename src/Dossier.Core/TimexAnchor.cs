namespace Dossier;

/// <summary>
/// The reasoning behind a time expression's value, kept so that a reader can be shown why
/// "Wednesday" became 2022-11-02.
/// </summary>
/// <param name="Kind">What the value was resolved against.</param>
/// <param name="Expression">For <see cref="TimexAnchorKind.EarlierExpression"/>: the span of the expression it was anchored to.</param>
/// <param name="AnchorValue">The TIMEX3 value of the anchor (the article date or the earlier expression), when there is one.</param>
/// <param name="Reason">One plain-English sentence: "past-tense sentence, so the Wednesday on or before the article date".</param>
public sealed record TimexAnchor(TimexAnchorKind Kind, TextSpan? Expression, string? AnchorValue, string Reason)
{
    public static TimexAnchor None { get; } = new(TimexAnchorKind.Absolute, null, null, "the text gives the value in full");
}
