namespace Dossier.Entities.Internal;

/// <summary>How a sentence is capitalised as a whole, which changes what a capital letter means.</summary>
internal enum SentenceContext
{
    None,
    AllCaps,
    TitleCase,
}
