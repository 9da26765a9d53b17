using System.Collections.Immutable;

namespace Dossier.Entities;

/// <param name="Document">Zero-based index of the document the sentence belongs to.</param>
/// <param name="DocumentStartLine">The <c>-DOCSTART-</c> line as read, on the first sentence after it; otherwise null.</param>
public sealed record ConllSentence(ImmutableArray<ConllToken> Tokens, int Document, string? DocumentStartLine = null)
{
    /// <summary>The tokens joined by single spaces: the text a recognizer is given for this sentence.</summary>
    public string Text => string.Join(' ', Tokens.Select(t => t.Text));

    public ImmutableArray<string> Tags => [.. Tokens.Select(t => t.Tag)];
}
