namespace Dossier.Entities.Internal;

/// <summary>
/// The form under which the linker compares names: lower case, hyphens read as spaces, dots
/// dropped and one space between words. "Yoon Suk-yeol" and "Yoon Suk Yeol" meet, as do "U.S." and "US".
/// </summary>
internal static class NameKey
{
    public static string Of(string name) =>
        string.Join(' ', Words(name.ToLowerInvariant().Replace('-', ' ').Replace(".", "", StringComparison.Ordinal)));

    /// <summary>The words of a name or key, split at white space.</summary>
    public static string[] Words(string name) => name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
