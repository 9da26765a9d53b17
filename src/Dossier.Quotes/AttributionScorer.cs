using System.Collections.Immutable;

namespace Dossier.Quotes;

/// <summary>
/// Scores predicted attributions against gold, document by document.
/// Rules: a prediction matches a gold attribution when their contents share at least half of the
/// longer one's characters (pairs are matched one to one, best overlap first). A matched source is
/// right when both are absent or the two source spans overlap (PolNeAR marks one mention, which may
/// be a pronoun, so the mention itself is compared, not the actor behind it). Exact content means the
/// same spans after trimming white space. "Quoted" material is content holding a double quotation mark (or <c>''</c>).
/// </summary>
public static class AttributionScorer
{
    public static AttributionScores Score(IEnumerable<(string Text, ImmutableArray<Attribution> Gold, ImmutableArray<Attribution> Predicted)> documents)
    {
        int count = 0, sourceCorrect = 0, sourceMatched = 0;
        Prf exact = default, overlap = default, attribution = default, quotedContent = default, quotedAttribution = default;
        foreach (var (text, gold, predicted) in documents)
        {
            count++;
            var goldQuoted = gold.Select(a => IsQuoted(text, a)).ToArray();
            var predictedQuoted = predicted.Select(a => IsQuoted(text, a)).ToArray();
            exact += new Prf(CountExact(text, gold, predicted), predicted.Length, gold.Length);

            var pairs = MatchByOverlap(gold, predicted);
            int correctSource = 0, quotedMatched = 0, quotedCorrect = 0;
            foreach (var (g, p) in pairs)
            {
                var right = SourceIsRight(gold[g].Source, predicted[p].Source);
                if (right)
                {
                    correctSource++;
                }
                if (goldQuoted[g] && predictedQuoted[p])
                {
                    quotedMatched++;
                    quotedCorrect += right ? 1 : 0;
                }
            }
            overlap += new Prf(pairs.Count, predicted.Length, gold.Length);
            attribution += new Prf(correctSource, predicted.Length, gold.Length);
            sourceCorrect += correctSource;
            sourceMatched += pairs.Count;
            var goldQuotedCount = goldQuoted.Count(q => q);
            var predictedQuotedCount = predictedQuoted.Count(q => q);
            quotedContent += new Prf(quotedMatched, predictedQuotedCount, goldQuotedCount);
            quotedAttribution += new Prf(quotedCorrect, predictedQuotedCount, goldQuotedCount);
        }
        return new AttributionScores(count, exact, overlap, sourceCorrect, sourceMatched, attribution, quotedContent, quotedAttribution);
    }

    /// <summary>Shared characters over the longer content's length, in [0, 1].</summary>
    public static double Overlap(Attribution gold, Attribution predicted)
    {
        var shared = 0;
        foreach (var g in gold.Content)
        {
            foreach (var p in predicted.Content)
            {
                shared += Math.Max(0, Math.Min(g.End, p.End) - Math.Max(g.Start, p.Start));
            }
        }
        var longer = Math.Max(gold.ContentLength, predicted.ContentLength);
        return longer == 0 ? 0 : (double)shared / longer;
    }

    public static bool SourceIsRight(TextSpan? gold, TextSpan? predicted) =>
        gold is null ? predicted is null : predicted is { } p && p.Overlaps(gold.Value);

    internal static List<(int Gold, int Predicted)> MatchByOverlap(ImmutableArray<Attribution> gold, ImmutableArray<Attribution> predicted)
    {
        var candidates = new List<(double Score, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Length; g++)
        {
            for (var p = 0; p < predicted.Length; p++)
            {
                var score = Overlap(gold[g], predicted[p]);
                if (score >= 0.5)
                {
                    candidates.Add((score, g, p));
                }
            }
        }
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        var usedGold = new bool[gold.Length];
        var usedPredicted = new bool[predicted.Length];
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
        {
            if (!usedGold[g] && !usedPredicted[p])
            {
                usedGold[g] = usedPredicted[p] = true;
                pairs.Add((g, p));
            }
        }
        return pairs;
    }

    private static int CountExact(string text, ImmutableArray<Attribution> gold, ImmutableArray<Attribution> predicted)
    {
        var remaining = gold.Select(a => Normalize(text, a.Content)).ToList();
        var correct = 0;
        foreach (var p in predicted)
        {
            var key = Normalize(text, p.Content);
            var index = remaining.IndexOf(key);
            if (index >= 0)
            {
                remaining.RemoveAt(index);
                correct++;
            }
        }
        return correct;
    }

    private static string Normalize(string text, ImmutableArray<TextSpan> content) =>
        string.Join(';', content.Select(span => Trim(text, span)).Where(s => !s.IsEmpty).Select(s => $"{s.Start}-{s.End}"));

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = Math.Min(span.End, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return new TextSpan(start, end);
    }

    private static bool IsQuoted(string text, Attribution attribution)
    {
        foreach (var span in attribution.Content)
        {
            var covered = span.End <= text.Length ? text.AsSpan(span.Start, span.Length) : [];
            if (covered.IndexOfAny("\"“”") >= 0 || covered.IndexOf("''") >= 0)
            {
                return true;
            }
        }
        return false;
    }
}
