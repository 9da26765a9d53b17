namespace Dossier.Engine;

/// <param name="Hits">The first hits, in document order then text order.</param>
/// <param name="Total">Every hit, including those past the limit.</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total);
