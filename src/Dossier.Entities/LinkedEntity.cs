using System.Collections.Immutable;

namespace Dossier.Entities;

/// <summary>One entity across the stored articles, under every name they give it.</summary>
/// <param name="Name">The fullest name, as the articles most often write it: "Yoon Suk Yeol".</param>
/// <param name="Variants">Every other spelling that was joined to it: "Yoon", "Yoon Suk-yeol".</param>
/// <param name="Documents">Ids of the documents that mention it, ascending.</param>
public sealed record LinkedEntity(string Name, EntityType Type, ImmutableArray<string> Variants, int Mentions, ImmutableArray<long> Documents);
