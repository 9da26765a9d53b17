namespace Dossier;

/// <summary>What a time expression's value depends on.</summary>
public enum TimexAnchorKind : byte
{
    /// <summary>The text names the time in full ("November 2, 2022", "1953", "P2D").</summary>
    Absolute,

    /// <summary>Resolved against the document's publication date ("yesterday", "last week").</summary>
    ArticleDate,

    /// <summary>Resolved against a time expression earlier in the text ("the following month").</summary>
    EarlierExpression,

    /// <summary>Needed a date that is not known, so the value keeps X placeholders (<c>XXXX-WXX-3</c>).</summary>
    Unresolved,
}
