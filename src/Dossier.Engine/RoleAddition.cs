namespace Dossier.Engine;

/// <summary>A title or role an article gives a person that the story's earlier articles did not.</summary>
/// <param name="Person">The person's name as this article gives it.</param>
public sealed record RoleAddition(string Person, ActorRole Role);
