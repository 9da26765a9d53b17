using System.Collections.Immutable;

namespace Dossier.Entities;

/// <summary>One name as the stored articles write it, with its type, how often it is mentioned and where.</summary>
/// <param name="Documents">Ids of the documents that mention it, ascending.</param>
public sealed record CatalogEntry(string Name, EntityType Type, int Mentions, ImmutableArray<long> Documents);
