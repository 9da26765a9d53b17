using Dossier.Store;

namespace Dossier.Engine;

/// <summary>The brief's "who said what": the stored quotes under their speakers, and the speaker filter of every front end.</summary>
public static class SpeakerQuotes
{
    /// <summary>Every stored quote with its article, grouped by <see cref="Name"/> (case-insensitive), speakers with most quotes first.</summary>
    public static List<IGrouping<string, CitedQuote>> Grouped(IReadOnlyList<StoredDocument> documents) =>
        documents
            .SelectMany(stored => stored.Document.Quotes.Select(quote => new CitedQuote(stored.Id, stored.Document, quote)))
            .GroupBy(r => Name(r.Document, r.Quote), StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ToList();

    /// <summary>The speaker's actor name, else the source's words, else "(unattributed)".</summary>
    public static string Name(Document document, Quote quote) =>
        quote.Speaker is { } index ? document.Actors[index].Name
        : quote.Source is { } source ? document[source]
        : "(unattributed)";

    /// <summary>
    /// True when the quote has a speaker whose name or any of its mentions contains
    /// <paramref name="name"/>, ignoring case. Quotes with no speaker never match.
    /// </summary>
    public static bool Matches(Document document, Quote quote, string name)
    {
        if (quote.Speaker is not { } index)
        {
            return false;
        }
        var actor = document.Actors[index];
        return actor.Name.Contains(name, StringComparison.OrdinalIgnoreCase)
            || actor.Mentions.Any(m => document[m].Contains(name, StringComparison.OrdinalIgnoreCase));
    }
}
