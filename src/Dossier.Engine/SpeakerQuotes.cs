using Dossier.Engine.Internal;

namespace Dossier.Engine;

/// <summary>
/// The brief's "who said what": the stored quotes under their speakers, and the speaker filter of
/// every front end. A speaker is one person (or organisation, or place) across the articles, as the
/// who's who links them (<see cref="ActorLinks"/>), listed under the who's who's name for them.
/// </summary>
public sealed class SpeakerQuotes
{
    private readonly ActorLinks _actors;

    private SpeakerQuotes(ActorLinks actors, IReadOnlyList<CitedQuote> all)
    {
        _actors = actors;
        All = all;
    }

    /// <summary>Every stored quote, in article order, then text order.</summary>
    public IReadOnlyList<CitedQuote> All { get; }

    public static SpeakerQuotes Of(LinkedArticles articles)
    {
        var actors = ActorLinks.Of(articles);
        return new SpeakerQuotes(actors,
        [
            .. articles.Documents.SelectMany(stored => stored.Document.Quotes.Select(quote => new CitedQuote(stored.Id, stored.Document, quote,
                quote.Speaker is { } index ? actors.Name(stored.Id, stored.Document.Actors[index]) : InArticle(stored.Document, quote)))),
        ]);
    }

    /// <summary>The quotes grouped by <see cref="CitedQuote.Speaker"/> (case-insensitive), speakers with most quotes first, each in article order.</summary>
    public List<IGrouping<string, CitedQuote>> Grouped() =>
        All.GroupBy(quote => quote.Speaker, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ToList();

    /// <summary>The speaker's name in its own article, else the source's words, else "(unattributed)".</summary>
    public static string InArticle(Document document, Quote quote) =>
        quote.Speaker is { } index ? document.Actors[index].Name
        : quote.Source is { } source ? document[source]
        : "(unattributed)";

    /// <summary>
    /// True when the quote has a speaker and <paramref name="name"/> is part of its name, of any of
    /// its mentions in the article, or of any spelling the who's who joined to it in any article,
    /// ignoring case and reading hyphens as spaces ("suk yeol" finds "Yoon Suk-yeol"). Quotes with
    /// no speaker never match.
    /// </summary>
    public bool Matches(CitedQuote quote, string name)
    {
        if (quote.Quote.Speaker is not { } index)
        {
            return false;
        }
        var document = quote.Document;
        var actor = document.Actors[index];
        var wanted = Fold(name);
        bool Has(string text) => Fold(text).Contains(wanted, StringComparison.OrdinalIgnoreCase);
        return Has(actor.Name)
            || actor.Mentions.Any(m => Has(document[m]))
            || _actors.Entity(quote.DocumentId, actor) is { } entity && (Has(entity.Name) || entity.Variants.Any(Has));
    }

    private static string Fold(string text) => text.Replace('-', ' ');
}
