namespace Dossier.Engine.Internal;

internal static class Sentences
{
    /// <summary>The span of the sentence holding <paramref name="span"/>'s start; the span itself when no sentence does.</summary>
    public static TextSpan Around(Document document, TextSpan span)
    {
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Span.Contains(span.Start))
            {
                return sentence.Span;
            }
        }
        return span;
    }
}
