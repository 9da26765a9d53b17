namespace Dossier.Quotes.Internal;

/// <summary>A capitalised name in the text with the title words written before it.</summary>
/// <param name="TitleFirst">First token of the title before the name (<c>former prime minister</c>); equals <paramref name="First"/> when there is none.</param>
/// <param name="First">First token of the name proper.</param>
/// <param name="End">Token after the name.</param>
/// <param name="Kind">What the name's words say it is; null when they do not say (most two-word names).</param>
internal readonly record struct NameMention(int TitleFirst, int First, int End, ActorKind? Kind);
