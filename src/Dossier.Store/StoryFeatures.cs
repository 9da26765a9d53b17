namespace Dossier.Store;

/// <summary>
/// What story placement compares of one stored document (Dossier.Engine's clustering features), kept
/// so that placing a new article need not read the layers of every stored one again. The store only
/// keeps them: the engine makes them, writes them with a placement, and replacing the document's
/// layers drops them.
/// </summary>
/// <param name="Version">The version of the rules that made them; the engine makes again those of another version.</param>
/// <param name="Terms">Content word key to the times the document uses it.</param>
/// <param name="Entities">Entity key to the times the document names it.</param>
public sealed record StoryFeatures(long DocumentId, int Version, IReadOnlyDictionary<string, int> Terms, IReadOnlyDictionary<string, int> Entities);
