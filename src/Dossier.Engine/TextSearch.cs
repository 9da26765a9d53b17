using Dossier.Engine.Internal;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// Finds words in the stored articles' text: the query as written, ignoring case (ordinal, so a
/// match covers exactly as many UTF-16 code units as the query). Every occurrence counts,
/// overlapping ones included.
/// </summary>
public static class TextSearch
{
    /// <param name="limit">Most hits returned; <see cref="SearchResult.Total"/> still counts them all.</param>
    public static SearchResult Find(IEnumerable<StoredDocument> documents, string query, int limit)
    {
        ArgumentException.ThrowIfNullOrEmpty(query);
        var hits = new List<SearchHit>();
        var total = 0;
        foreach (var stored in documents)
        {
            var text = stored.Document.Text;
            for (var at = text.IndexOf(query, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(query, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                total++;
                if (hits.Count < limit)
                {
                    var span = TextSpan.FromLength(at, query.Length);
                    hits.Add(new SearchHit(stored.Id, span, Sentences.Around(stored.Document, span)));
                }
            }
        }
        return new SearchResult(hits, total);
    }
}
