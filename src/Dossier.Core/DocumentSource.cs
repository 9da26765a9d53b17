namespace Dossier;

/// <summary>Where a document came from: a file path or URL, and what the source said about it.</summary>
/// <param name="Location">The path or URL it was read from; for a JSON-lines record, the URL or <c>path:line</c>.</param>
/// <param name="Title">The headline, when the source gives one.</param>
/// <param name="Outlet">The publisher or news outlet, when known.</param>
/// <param name="Url">The article's URL, when known.</param>
public sealed record DocumentSource(string Location, string? Title = null, string? Outlet = null, string? Url = null);
