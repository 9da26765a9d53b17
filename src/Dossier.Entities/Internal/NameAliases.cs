namespace Dossier.Entities.Internal;

/// <summary>
/// Names that news writes for one country or body and that share no letters a rule could find:
/// "United States", "U.S.", "US"; "United Kingdom", "U.K.", "Britain". The list is short on
/// purpose: an alias belongs here only when it names the same thing in any story. Entries are
/// compared as <see cref="NameKey"/> reads them, so case, dots, hyphens and spacing do not matter.
/// </summary>
internal static class NameAliases
{
    private static readonly string[][] Groups =
    [
        ["United States", "US", "USA", "United States of America"],
        ["United Kingdom", "UK", "Britain", "Great Britain"],
        ["European Union", "EU"],
        ["United Nations", "UN"],
        ["North Atlantic Treaty Organization", "NATO"],
        ["Group of Seven", "G7", "G-7"],
        ["Group of 20", "Group of Twenty", "G20", "G-20"],
        ["United Arab Emirates", "UAE"],
        ["Soviet Union", "USSR"],
        ["International Monetary Fund", "IMF"],
        ["World Health Organization", "WHO"],
        ["World Trade Organization", "WTO"],
        ["Association of Southeast Asian Nations", "ASEAN"],
    ];

    /// <summary>Each alias's key mapped to the key of its group's first name.</summary>
    private static readonly Dictionary<string, string> Keys = Groups
        .SelectMany(group => group.Select(alias => (Alias: NameKey.Of(alias), Name: NameKey.Of(group[0]))))
        .ToDictionary(pair => pair.Alias, pair => pair.Name, StringComparer.Ordinal);

    /// <summary>The key of the name an alias stands for; any other key unchanged.</summary>
    public static string Resolve(string key) => Keys.GetValueOrDefault(key, key);
}
