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

    public Document Annotate(Document document) => Tag(document, CancellationToken.None);

    Document IPipelineStage.Annotate(Document document, CancellationToken cancellationToken) => Tag(document, cancellationToken);

    private static Document Tag(Document document, CancellationToken cancellationToken)
    {
        var scanner = new Scanner(document.Text, Resolvable(document.Published));
        var found = new List<TimeExpression>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scanner.Scan(sentence.Span, found);
        }
        return document with { TimeExpressions = [.. found] };
    }

    /// <summary>
    /// Relative values are counted in days, weeks and years around the article date; at the ends of
    /// the calendar (years 1 and 9999, which bad metadata such as a default timestamp produces)
    /// that cannot be done, so such a date resolves nothing, as an unknown date does.
    /// </summary>
    private static DateOnly? Resolvable(DateOnly? published) => published is { Year: > 1 and < 9999 } ? published : null;

}
