using System.Collections.Immutable;

namespace Dossier;

/// <summary>
/// One person, organisation, government or unnamed source within an article, with every mention
/// that refers to it (full name, surname, title, role noun, pronoun) and the roles the text gives it.
/// Coreference is within one document; linking across articles is a later stage's job.
/// </summary>
/// <param name="Name">The fullest name the article gives (<c>Yoon Suk-yeol</c>), or the description of an unnamed source (<c>a senior official</c>).</param>
/// <param name="Mentions">Every span that refers to this actor, in text order.</param>
/// <param name="Roles">Titles and affiliations in the order the article gives them.</param>
public sealed record Actor(string Name, ActorKind Kind, ImmutableArray<TextSpan> Mentions, ImmutableArray<ActorRole> Roles);
