using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Internal;

/// <summary>Headers on every response: the page runs only its own script and style, is never framed, and no type is sniffed.</summary>
internal static class SecurityHeaders
{
    /// <summary>Longest query string accepted, in characters; every parameter has its own, shorter limit too.</summary>
    private const int MaxQueryString = 2048;

    public const string ContentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static Task Add(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        if (context.Request.QueryString.Value?.Length > MaxQueryString)
        {
            return Problems.Of(StatusCodes.Status414UriTooLong, $"The query string is longer than {MaxQueryString} characters.").ExecuteAsync(context);
        }
        return next(context);
    }
}
