namespace Dossier;

/// <summary>A block of text between blank lines, trimmed of surrounding white space.</summary>
public readonly record struct Paragraph(TextSpan Span);
