namespace Dossier.Entities.Internal;

/// <summary>
/// The full names a short form (a surname, an acronym) may stand for, in each article and in all
/// of them, so the linker can join the short form to the one full name it can mean.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<(long Document, string Short), HashSet<string>> _inArticle = [];
    private readonly Dictionary<string, HashSet<string>> _anywhere = new(StringComparer.Ordinal);

    public void Add(long document, string shortForm, string fullName)
    {
        (_inArticle.TryGetValue((document, shortForm), out var local) ? local : _inArticle[(document, shortForm)] = new(StringComparer.Ordinal)).Add(fullName);
        (_anywhere.TryGetValue(shortForm, out var global) ? global : _anywhere[shortForm] = new(StringComparer.Ordinal)).Add(fullName);
    }

    /// <summary>The one full name in the short form's own article, else the one in the whole store; null when there is none, or more than one.</summary>
    public string? Find(long document, string shortForm) =>
        Single(_inArticle.GetValueOrDefault((document, shortForm))) ?? Single(_anywhere.GetValueOrDefault(shortForm));

    private static string? Single(HashSet<string>? names) => names is { Count: 1 } ? names.First() : null;
}
