namespace Dossier;

/// <summary>A title or role the text gives an actor: <c>Foreign Minister</c>; <c>professor of Korean studies</c> at <c>Kobe University</c>.</summary>
/// <param name="Title">The role as written, without <c>former</c>/<c>then-</c> and articles.</param>
/// <param name="Affiliation">The organisation or place the role belongs to, when the text gives it.</param>
/// <param name="Tense">Whether the text says the role is held now, was held, or was held at the time told.</param>
/// <param name="Span">Where the text gives the role.</param>
public sealed record ActorRole(string Title, string? Affiliation, RoleTense Tense, TextSpan Span);
