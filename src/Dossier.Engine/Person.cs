namespace Dossier.Engine;

/// <summary>One actor across the stored articles: one who's who entry, or else one name and kind, in every article that has it.</summary>
/// <param name="Name">The name of its who's who entry (see <see cref="People"/>), else as the first article that has it writes it.</param>
/// <param name="Roles">Every distinct title and affiliation the articles give, in the order first given.</param>
/// <param name="Documents">Ids of the articles it is in, ascending.</param>
/// <param name="Mentions">Every mention in every article.</param>
/// <param name="Quotes">The quotes attributed to it in every article.</param>
public sealed record Person(string Name, ActorKind Kind, IReadOnlyList<ActorRole> Roles, IReadOnlyList<long> Documents, int Mentions, int Quotes);
