namespace Dossier;

public enum QuoteKind : byte
{
    /// <summary>The speaker's words inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech without quotation marks: "X said that …".</summary>
    Indirect,

    /// <summary>Reported speech with a quoted fragment inside it.</summary>
    Mixed,
}
