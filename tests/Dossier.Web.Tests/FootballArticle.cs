using System.Net;
using System.Net.Http.Json;

namespace Dossier.Web.Tests;

/// <summary>
/// An article that shares nothing with the samples, so it starts a story of its own (story 4 after
/// the samples' story 1): a match report with its own people, a statement and a meeting dated Sunday (the statement's
/// "said" is a quote's cue, left out of the timeline),
/// and a Saturday that no event is tied to.
/// </summary>
internal static class FootballArticle
{
    public const string Text =
        "Arsenal beat Fulham 3-0 at Craven Cottage on Saturday, and Gabriel Martinelli scored twice. "
        + "Manager Mikel Arteta said on Sunday that the team met its targets.";

    public const string Date = "2023-03-12";

    /// <summary>Adds the article through the API: 201 when it is new, 200 when it was stored before.</summary>
    public static async Task<HttpStatusCode> PostAsync(HttpClient client)
    {
        using var posted = await client.PostAsJsonAsync("/api/documents", new { text = Text, date = Date });
        return posted.StatusCode;
    }
}
