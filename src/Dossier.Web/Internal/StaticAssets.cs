using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Internal;

/// <summary>The web page: four files embedded in the assembly (see the project file), read once at startup.</summary>
internal static class StaticAssets
{
    private static readonly (string Path, string File, string ContentType)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
        // Named by the page, so the browser asks for no /favicon.ico (a 404 in its console otherwise).
        ("/favicon.svg", "favicon.svg", "image/svg+xml"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (path, file, contentType) in Files)
        {
            var bytes = Read(file);
            app.MapGet(path, () => TypedResults.Bytes(bytes, contentType));
        }
    }

    private static byte[] Read(string file)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("Dossier.Web.wwwroot." + file)
            ?? throw new InvalidOperationException($"The page file {file} is not embedded in {typeof(StaticAssets).Assembly.GetName().Name}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
