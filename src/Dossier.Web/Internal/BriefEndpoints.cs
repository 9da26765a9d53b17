using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Internal;

/// <summary>The brief's sections and search, over every stored article or one story's (<c>story</c>), computed as the CLI's brief computes them.</summary>
internal static class BriefEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/entities", EntitiesAsync);
        api.MapGet("/people", PeopleAsync);
        api.MapGet("/quotes", QuotesAsync);
        api.MapGet("/timeline", TimelineAsync);
        api.MapGet("/events", EventsAsync);
        api.MapGet("/search", SearchAsync);
    }

    private static async Task<IResult> EntitiesAsync(string? story, IDossierStore store, CancellationToken cancellationToken)
    {
        var (documents, problem) = await StoryEndpoints.ReadAsync(store, story, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var sections = BriefEntities.All(new LinkedArticles(documents));
        return JsonAnswer.Ok(writer => ApiJson.WriteEntities(writer, sections));
    }

    private static async Task<IResult> PeopleAsync(string? story, IDossierStore store, CancellationToken cancellationToken)
    {
        var (documents, problem) = await StoryEndpoints.ReadAsync(store, story, cancellationToken);
        return problem ?? JsonAnswer.Array(People.Of(new LinkedArticles(documents)), PersonJson.Write);
    }

    /// <summary>Quotes in the brief's order: speakers with most quotes first, each speaker's in article order.</summary>
    private static async Task<IResult> QuotesAsync(string? speaker, string? story, IDossierStore store, ServerOptions options, CancellationToken cancellationToken)
    {
        if (QueryParameter.Check("speaker", speaker, options.MaxQueryLength) is { } problem)
        {
            return problem;
        }
        var (documents, storyProblem) = await StoryEndpoints.ReadAsync(store, story, cancellationToken);
        if (storyProblem is not null)
        {
            return storyProblem;
        }
        var name = string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim();
        var speakers = SpeakerQuotes.Of(new LinkedArticles(documents));
        var quotes = speakers.Grouped()
            .SelectMany(group => group)
            .Where(q => name is null || speakers.Matches(q, name));
        return JsonAnswer.Array(quotes, (writer, q) => QuoteJson.Write(writer, q.Document, q.Quote, q.DocumentId, q.Speaker));
    }

    /// <summary>The dated mentions; with <c>entity</c>, those of the sentences in which that actor takes part in an event or speaks.</summary>
    private static async Task<IResult> TimelineAsync(string? story, string? entity, IDossierStore store, ServerOptions options, CancellationToken cancellationToken)
    {
        var (articles, actor, problem) = await ActorAsync(store, story, entity, options, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var mentions = DatedMentions.Of(articles!.Documents);
        if (actor is not null)
        {
            var documents = articles.Documents.ToDictionary(d => d.Id, d => d.Document);
            mentions = [.. mentions.Where(m => actor.IsIn(m.DocumentId, documents[m.DocumentId], m.Sentence))];
        }
        return JsonAnswer.Array(mentions, (writer, mention) => DatedMentionJson.Write(writer, mention, sentenceSpan: true));
    }

    /// <summary>The story timeline; with <c>entity</c>, that actor's timeline, each entry with <c>actor_part</c>.</summary>
    private static async Task<IResult> EventsAsync(string? story, string? entity, IDossierStore store, ServerOptions options, CancellationToken cancellationToken)
    {
        var (articles, actor, problem) = await ActorAsync(store, story, entity, options, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var timeline = StoryTimeline.Of(articles!);
        return actor is null
            ? JsonAnswer.Array(timeline, EventJson.Write)
            : JsonAnswer.Array(ActorTimeline.Of(articles!, timeline, actor), EventJson.Write);
    }

    /// <summary>
    /// The articles (of <c>story</c> when given) and the actor <c>entity</c> names (null when not given); a 400 problem when
    /// <c>entity</c> is too long or holds control characters, a 404 with the closest names when no one has that name.
    /// </summary>
    private static async Task<(LinkedArticles? Articles, EntityFilter? Actor, IResult? Problem)> ActorAsync(
        IDossierStore store, string? story, string? entity, ServerOptions options, CancellationToken cancellationToken)
    {
        if (QueryParameter.Check("entity", entity, options.MaxQueryLength) is { } invalid)
        {
            return (null, null, invalid);
        }
        var (documents, problem) = await StoryEndpoints.ReadAsync(store, story, cancellationToken);
        if (problem is not null)
        {
            return (null, null, problem);
        }
        var articles = new LinkedArticles(documents);
        if (string.IsNullOrWhiteSpace(entity))
        {
            return (articles, null, null);
        }
        var name = entity.Trim();
        return EntityFilter.Find(articles, name) is { } actor
            ? (articles, actor, null)
            : (articles, null, Problems.NotFound($"{EntityFilter.NotFound(articles, name)} GET /api/entities lists the names."));
    }

    private static async Task<IResult> SearchAsync(string? q, string? story, IDossierStore store, ServerOptions options, CancellationToken cancellationToken)
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
        var (documents, storyProblem) = await StoryEndpoints.ReadAsync(store, story, cancellationToken);
        if (storyProblem is not null)
        {
            return storyProblem;
        }
        var result = TextSearch.Find(documents, query, options.MaxSearchHits);
        var byId = documents.ToDictionary(d => d.Id, d => d.Document);
        return JsonAnswer.Ok(writer => ApiJson.WriteSearch(writer, query, result, byId));
    }
}
