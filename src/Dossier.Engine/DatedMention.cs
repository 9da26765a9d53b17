namespace Dossier.Engine;

/// <summary>One time expression that names a calendar point, with the article and sentence it is in.</summary>
/// <param name="Value">The TIMEX3 value, a year or finer: "1965", "2022-11-02", "2023-W08".</param>
/// <param name="Text">The words of the mention, as written.</param>
/// <param name="Sentence">The span of the sentence around the mention (the mention's own span when no sentence holds it).</param>
/// <param name="Context">The text of <paramref name="Sentence"/>, as written.</param>
public sealed record DatedMention(long DocumentId, string Value, TimexType Type, TimeExpression Timex, string Text, TextSpan Sentence, string Context);
