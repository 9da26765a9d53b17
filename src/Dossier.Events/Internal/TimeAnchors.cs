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

    /// <summary>The dates and times, as indexes into <see cref="Document.TimeExpressions"/>, sorted by start: a sentence reads only its own.</summary>
    private readonly int[] byStart = Enumerable.Range(0, words.Document.TimeExpressions.Length)
        .Where(t => words.Document.TimeExpressions[t].Type is TimexType.Date or TimexType.Time)
        .OrderBy(t => words.Document.TimeExpressions[t].Span.Start)
        .ToArray();

    /// <returns>Index into <see cref="Document.TimeExpressions"/>, or null when the sentence has no date or time.</returns>
    public int? Of(int trigger, int first, int end)
    {
        var sentence = new TextSpan(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
        int? best = null;
        var bestDistance = int.MaxValue;
        var timexes = document.TimeExpressions;
        for (var i = FirstStartingAt(sentence.Start); i < byStart.Length && timexes[byStart[i]].Span.Start <= sentence.End; i++)
        {
            var t = byStart[i];
            if (!sentence.Contains(timexes[t].Span))
            {
                continue;
            }
            var at = document.TokenIndexAt(timexes[t].Span.Start);
            var distance = Math.Abs(at - trigger) + (clauses.Crossed(Math.Min(at, trigger), Math.Max(at, trigger)) ? BoundaryPenalty : 0);
            // Ties go to the expression first in the document's list, whatever the order read here.
            if (distance < bestDistance || (distance == bestDistance && t < best))
            {
                (best, bestDistance) = (t, distance);
            }
        }
        return best;
    }

    private int FirstStartingAt(int offset) => SortedSearch.PartitionPoint<int>(byStart, t => document.TimeExpressions[t].Span.Start < offset);
}
