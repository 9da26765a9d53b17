namespace Dossier.Time.Internal;

internal enum PieceKind : byte
{
    Word,

    /// <summary>A run of digits, perhaps with a letter suffix glued on ("1990s", "23rd", "5pm").</summary>
    Number,

    /// <summary>One character that is neither letter, digit nor space.</summary>
    Punct,
}

/// <summary>What letters follow a number's digits.</summary>
internal enum NumberSuffix : byte
{
    None,

    /// <summary>"1990s".</summary>
    Plural,

    /// <summary>"1st", "23rd", "20th".</summary>
    Ordinal,
    Am,
    Pm,
    Other,
}

/// <summary>
/// One unit of the time scanner: a word, a number or a punctuation character, with its
/// lexicon class. Finer than the document's tokens on purpose: "two-day" is three pieces
/// and "1910-45" is three, so hyphenated forms are read by the grammar.
/// </summary>
internal struct Piece
{
    public int Start;
    public int End;
    public PieceKind Kind;
    public Lex Lex;

    /// <summary>White space (or the sentence start) comes right before this piece.</summary>
    public bool SpaceBefore;
    public bool Plural;
    public NumberSuffix Suffix;

    /// <summary>Digit count of a number (leading zeros count).</summary>
    public byte Digits;

    /// <summary>The lexicon value, or a number's value (capped, see <see cref="Lexer"/>).</summary>
    public int Value;

    public readonly int Length => End - Start;
}
