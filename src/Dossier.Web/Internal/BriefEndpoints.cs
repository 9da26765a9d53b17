using Dossier.Engine;
using Dossier.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Internal;

/// <summary>The brief's sections over every stored article, computed as the CLI's brief computes them; and search.</summary>
internal static class BriefEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/entities", EntitiesAsync);
        api.MapGet("/people", PeopleAsync);
        api.MapGet("/quotes", QuotesAsync);
        api.MapGet("/timeline", TimelineAsync);
        api.MapGet("/search", SearchAsync);
    }

    private static async Task<IResult> EntitiesAsync(IDossierStore store, CancellationToken cancellationToken)
    {
        var sections = BriefEntities.All(await StoreReads.AllAsync(store, cancellationToken)).ToDictionary(s => s.Type, s => s.Entries.Select(ApiJson.Entity));
        return TypedResults.Ok(new
        {
            people = sections[EntityType.Person],
            organizations = sections[EntityType.Organization],
            places = sections[EntityType.Location],
        });
    }

    private static async Task<IResult> PeopleAsync(IDossierStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(People.Of(await StoreReads.AllAsync(store, cancellationToken)).Select(ApiJson.Person));

    /// <summary>Quotes in the brief's order: speakers with most quotes first, each speaker's in article order.</summary>
    private static async Task<IResult> QuotesAsync(string? speaker, IDossierStore store, ServerOptions options, CancellationToken cancellationToken)
    {
        if (QueryParameter.Check("speaker", speaker, options.MaxQueryLength) is { } problem)
        {
            return problem;
        }
        var name = string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim();
        var quotes = SpeakerQuotes.Grouped(await StoreReads.AllAsync(store, cancellationToken))
            .SelectMany(group => group)
            .Where(q => name is null || SpeakerQuotes.Matches(q.Document, q.Quote, name))
            .Select(q => ApiJson.Quote(q.Document, q.Quote, q.DocumentId));
        return TypedResults.Ok(quotes);
    }

    private static async Task<IResult> TimelineAsync(IDossierStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(DatedMentions.Of(await StoreReads.AllAsync(store, cancellationToken)).Select(ApiJson.DatedMention));

    private static async Task<IResult> SearchAsync(string? q, IDossierStore store, ServerOptions options, CancellationToken cancellationToken)
    {
        if (QueryParameter.Check("q", q, options.MaxQueryLength) is { } problem)
        {
            return problem;
        }
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.BadRequest("Give the words to find as 'q': /api/search?q=wartime+labor.");
        }
        var query = q.Trim();
        var documents = await StoreReads.AllAsync(store, cancellationToken);
        var result = TextSearch.Find(documents, query, options.MaxSearchHits);
        var byId = documents.ToDictionary(d => d.Id, d => d.Document);
        return TypedResults.Ok(new
        {
            query,
            total = result.Total,
            hits = result.Hits.Select(hit => ApiJson.SearchHit(hit, byId[hit.DocumentId])),
        });
    }
}
