namespace Dossier;

/// <param name="Span">From the sentence's first token to its last, closing quotes and brackets included.</param>
/// <param name="Paragraph">Index into <see cref="Document.Paragraphs"/>.</param>
public readonly record struct Sentence(TextSpan Span, int Paragraph);
