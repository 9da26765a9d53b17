using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Internal;

/// <summary><c>/api/stories</c>, one story, and the <c>story</c> parameter that narrows a brief endpoint to one story's articles.</summary>
internal static class StoryEndpoints
{
    private const string StoryRule = "is a story id, a whole number from 1, as GET /api/stories lists them.";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/stories", ListAsync);
        api.MapGet("/stories/{id}", GetAsync);
    }

    /// <summary>
    /// Every stored article, or only those of <paramref name="story"/> when it is given; a 400 problem
    /// when it is not an id, a 404 when no story has it. Articles not yet in a stored story are placed
    /// for this answer only (<see cref="Stories.ReadAsync"/>): a reader never writes.
    /// </summary>
    public static async Task<(IReadOnlyList<StoredDocument> Documents, IResult? Problem)> ReadAsync(IDossierStore store, string? story, CancellationToken cancellationToken)
    {
        if (story is null)
        {
            return (await StoreReads.AllAsync(store, cancellationToken), null);
        }
        var (found, problem) = await FindAsync(store, story, $"'story' {StoryRule}", cancellationToken);
        return (found?.Documents ?? [], problem);
    }

    /// <summary>The story with that id, or the one it merged into, whose <c>id</c> the answer gives.</summary>
    private static async Task<IResult> GetAsync(string id, IDossierStore store, CancellationToken cancellationToken)
    {
        var (found, problem) = await FindAsync(store, id, $"The id {StoryRule}", cancellationToken);
        return found is null ? problem! : JsonAnswer.Ok(writer => StoryJson.Write(writer, found));
    }

    /// <summary>The story of that id or alias, else a 400 problem (not an id) or a 404 (no such story).</summary>
    private static async Task<(Story? Story, IResult? Problem)> FindAsync(IDossierStore store, string id, string rule, CancellationToken cancellationToken)
    {
        if (!DocumentId.TryParse(id, out var value))
        {
            return (null, Problems.BadRequest(rule));
        }
        var stories = (await Stories.ReadAsync(store, await StoreReads.AllAsync(store, cancellationToken), cancellationToken)).Stories;
        return Stories.Find(stories, value) is { } found
            ? (found, null)
            : (null, Problems.NotFound($"There is no story {value}; GET /api/stories lists them."));
    }

    private static async Task<IResult> ListAsync(IDossierStore store, CancellationToken cancellationToken) =>
        JsonAnswer.Array((await Stories.ReadAsync(store, await StoreReads.AllAsync(store, cancellationToken), cancellationToken)).Stories, StoryJson.Write);
}
