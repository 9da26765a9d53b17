namespace Dossier.Entities.Internal;

/// <summary>What the feature templates read about one token, computed once per sentence.</summary>
internal struct TokenInfo
{
    /// <summary><see cref="Hashing.Normalized"/> of the token.</summary>
    public ulong Lower;

    /// <summary>The token exactly as written.</summary>
    public ulong Form;

    /// <summary>Character classes with runs collapsed: <c>Xx</c>, <c>X.X.</c>, <c>Xx-x</c>, <c>d</c>.</summary>
    public ulong Shape;

    /// <summary>Character classes with runs capped at four: <c>Xxxx</c> for any longer title-case word.</summary>
    public ulong LongShape;

    /// <summary>Brown cluster index, -1 when unknown.</summary>
    public int Cluster;

    /// <summary>Cluster index in the second clustering, -1 when unknown.</summary>
    public int SecondCluster;

    /// <summary>Gazetteer bits, see <see cref="Gazetteer.Mark"/>.</summary>
    public ulong Gazetteer;

    public bool Capitalized;

    /// <summary>Length of the token without a possessive <c>'s</c> the tokenizer left attached (<c>Yoon’s</c>).</summary>
    public int CoreLength;

    public bool Possessive;

    /// <summary>A capitalised token whose lower-case form is a word of the cluster lexicon.</summary>
    public bool KnownInLowerCase;
}
