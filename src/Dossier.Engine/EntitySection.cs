using Dossier.Entities;

namespace Dossier.Engine;

/// <summary>One kind of entity in the brief's who's who: its linked entries, most mentioned first.</summary>
/// <param name="Title">The section's heading: "People", "Organisations" or "Places".</param>
public sealed record EntitySection(EntityType Type, string Title, IReadOnlyList<LinkedEntity> Entries);
