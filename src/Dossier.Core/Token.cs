namespace Dossier;

public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;
}
