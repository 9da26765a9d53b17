using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Internal;

/// <summary>Errors as RFC 9457 problem details (<c>application/problem+json</c>) with a real status code.</summary>
internal static class Problems
{
    /// <param name="detail">What was wrong and what to send instead; never echoes the request's own text.</param>
    public static IResult Of(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);

    public static IResult BadRequest(string detail) => Of(StatusCodes.Status400BadRequest, detail);

    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, detail);
}
