using Dossier.Engine;
using Dossier.Json;
using Dossier.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Internal;

/// <summary><c>/api/stories</c>, and the <c>story</c> parameter that narrows a brief endpoint to one story's articles.</summary>
internal static class StoryEndpoints
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/stories", ListAsync);

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
        if (!DocumentId.TryParse(story, out var id))
        {
            return ([], Problems.BadRequest("'story' is a story id, a whole number from 1, as GET /api/stories lists them."));
        }
        var stories = (await Stories.ReadAsync(store, await StoreReads.AllAsync(store, cancellationToken), cancellationToken)).Stories;
        return stories.FirstOrDefault(s => s.Id == id) is { } found
            ? (found.Documents, null)
            : ([], Problems.NotFound($"There is no story {id}; GET /api/stories lists them."));
    }

    private static async Task<IResult> ListAsync(IDossierStore store, CancellationToken cancellationToken) =>
        JsonAnswer.Array((await Stories.ReadAsync(store, await StoreReads.AllAsync(store, cancellationToken), cancellationToken)).Stories, StoryJson.Write);
}
