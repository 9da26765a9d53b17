using Dossier.Time.Internal;

namespace Dossier.Time;

/// <summary>
/// Finds the dates, times, durations and sets of a document and normalises them to TIMEX3
/// values, resolving relative expressions against <see cref="Document.Published"/> and
/// anaphoric ones ("the following month") against the last date the text mentioned. Without a
/// publication date, relative values keep X placeholders (<c>XXXX-WXX-3</c>); nothing is guessed.
/// </summary>
/// <remarks>
/// Rules, not a model: a hand-written grammar over a span-based scanner of each sentence, so the
/// stage loads instantly and is thread-safe; each call keeps its state in a scanner of its own.
/// Sentences give the scope of tense cues ("met on Wednesday" looks back, "will meet" ahead).
/// </remarks>
public sealed class TemporalTagger : IPipelineStage
{
    public Layer Needs => Layer.Tokens | Layer.Sentences;

    public Layer Produces => Layer.TimeExpressions;

    public Document Annotate(Document document)
    {
        var scanner = new Scanner(document.Text, document.Published);
        var found = new List<TimeExpression>();
        var sentences = document.Sentences;
        for (var i = 0; i < sentences.Length; i++)
        {
            var span = sentences[i].Span;
            while (i + 1 < sentences.Length && EndsInMonthAbbreviation(document.Text, span, sentences[i + 1].Span))
            {
                span = span.Union(sentences[++i].Span);
            }
            scanner.Scan(span, found);
        }
        return document with { TimeExpressions = [.. found] };
    }

    /// <summary>"… on Monday, Oct. | 26: …": a splitter may end a sentence at a month's period; the date goes on.</summary>
    private static bool EndsInMonthAbbreviation(string text, TextSpan sentence, TextSpan next)
    {
        if (sentence.Length < 4 || text[sentence.End - 1] != '.' || next.IsEmpty || !char.IsAsciiDigit(text[next.Start]))
        {
            return false;
        }
        var start = sentence.End - 2;
        while (start > sentence.Start && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }
        var word = text.AsSpan(start, sentence.End - 1 - start);
        foreach (var month in MonthAbbreviations)
        {
            if (word.Equals(month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] MonthAbbreviations = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
}
