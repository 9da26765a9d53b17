namespace Dossier.Engine;

/// <param name="Documents">Every stored article.</param>
/// <param name="Due">The articles to annotate again, in id order.</param>
/// <param name="All">Every article is due, current or not.</param>
public sealed record ReannotationPlan(int Documents, IReadOnlyList<long> Due, bool All);
