namespace Dossier.Ingest.Internal;

/// <summary>
/// The rule for an article's <c>url</c> from a page or a feed: an absolute http(s) address, else none,
/// so a <c>javascript:</c> or relative link never becomes one.
/// </summary>
internal static class WebUrl
{
    public static string? Of(string? href) => Uri.TryCreate(href, UriKind.Absolute, out var uri) ? Of(uri) : null;

    public static string? Of(Uri? uri) => uri is { IsAbsoluteUri: true, Scheme: "http" or "https" } ? uri.ToString() : null;
}
