namespace Dossier.Engine.Tests;

/// <summary>What must hold of every annotated document: spans inside the text, tokens in order, sentences inside paragraphs.</summary>
internal static class SpanInvariants
{
    public static IEnumerable<string> Violations(Document document)
    {
        var length = document.Text.Length;
        IEnumerable<(string Layer, TextSpan Span)> spans =
        [
            .. document.Tokens.Select(t => ("token", t.Span)),
            .. document.Sentences.Select(s => ("sentence", s.Span)),
            .. document.Paragraphs.Select(p => ("paragraph", p.Span)),
            .. document.Mentions.Select(m => ("mention", m.Span)),
            .. document.TimeExpressions.Select(t => ("timex", t.Span)),
            .. document.Quotes.SelectMany(q => q.Content.Select(c => ("quote content", c))
                .Concat(q.Cue is { } cue ? [("quote cue", cue)] : [])
                .Concat(q.Source is { } source ? [("quote source", source)] : [])),
        ];
        foreach (var (layer, span) in spans)
        {
            if (span.End > length)
            {
                yield return $"{layer} {span} ends past the text ({length})";
            }
            else if (span.IsEmpty)
            {
                yield return $"{layer} {span} is empty";
            }
        }
        for (var i = 1; i < document.Tokens.Length; i++)
        {
            if (document.Tokens[i].Span.Start < document.Tokens[i - 1].Span.End)
            {
                yield return $"token {document.Tokens[i].Span} overlaps {document.Tokens[i - 1].Span}";
            }
        }
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Paragraph >= document.Paragraphs.Length || !document.Paragraphs[sentence.Paragraph].Span.Contains(sentence.Span))
            {
                yield return $"sentence {sentence.Span} is outside its paragraph {sentence.Paragraph}";
            }
        }
        foreach (var mention in document.Mentions)
        {
            if (mention.Confidence is < 0 or > 1 or double.NaN)
            {
                yield return $"mention {mention.Span} has confidence {mention.Confidence}";
            }
        }
    }
}
