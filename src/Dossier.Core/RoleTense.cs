namespace Dossier;

public enum RoleTense : byte
{
    Current,

    /// <summary>Marked <c>former</c> or <c>ex-</c>.</summary>
    Former,

    /// <summary>Marked <c>then-</c>: held at the time the text tells of, no claim about now.</summary>
    Then,
}
