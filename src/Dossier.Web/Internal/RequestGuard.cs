using System.Net;
using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Internal;

/// <summary>
/// Runs first on every request: refuses a request that names a foreign host or carries an
/// overlong query string, and adds the headers that keep the page to its own script and style,
/// unframed, with no type sniffed.
/// </summary>
internal sealed class RequestGuard(ServerOptions options)
{
    /// <summary>Longest query string accepted, in characters; every parameter has its own, shorter limit too.</summary>
    private const int MaxQueryString = 2048;

    public const string ContentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        // Added as the headers go out, not now: the exception handler clears the response's headers
        // before it writes a 500, and the 500 must carry these too.
        context.Response.OnStarting(AddHeaders, context.Response);
        if (options.IsLoopback && !NamesThisMachine(context.Request.Host.Host))
        {
            return Problems.BadRequest("This server answers only requests addressed to localhost or 127.0.0.1.").ExecuteAsync(context);
        }
        if (context.Request.QueryString.Value?.Length > MaxQueryString)
        {
            return Problems.Of(StatusCodes.Status414UriTooLong, $"The query string is longer than {MaxQueryString} characters.").ExecuteAsync(context);
        }
        return next(context);
    }

    /// <summary>
    /// On loopback, only requests that name this machine are served, so a web page elsewhere
    /// cannot reach the API through a host name of its own that resolves to 127.0.0.1 (DNS
    /// rebinding): <c>localhost</c>, or a loopback address written as one (<c>127.0.0.2</c> when
    /// served there, <c>[::1]</c>), which no DNS name can pass for. On another address the names it
    /// is reached by cannot be known, so any is.
    /// </summary>
    private static bool NamesThisMachine(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    private static Task AddHeaders(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }
}
