namespace Dossier.Time;

/// <summary>Reads TimeML files straight from a <c>.tar.gz</c> corpus release, such as TempEval-3's <c>TBAQ-cleaned.tar.gz</c>.</summary>
public static class TimeMLArchive
{
    /// <summary>
    /// The <c>.tml</c> entries whose path has a folder named <paramref name="folder"/> (<c>TimeBank</c>,
    /// <c>AQUAINT</c>), in ordinal path order.
    /// </summary>
    /// <exception cref="InvalidDataException">The archive holds no <c>.tml</c> file under that folder.</exception>
    /// <exception cref="FormatException">An entry is not a TimeML file.</exception>
    public static IReadOnlyList<TimeMLDocument> Read(string archivePath, string folder)
    {
        var documents = new SortedDictionary<string, TimeMLDocument>(StringComparer.Ordinal);
        foreach (var (path, text) in CorpusArchive.ReadTexts(archivePath, path => path.EndsWith(".tml", StringComparison.Ordinal) && InFolder(path, folder)))
        {
            documents[path] = TimeMLReader.Parse(text, Path.GetFileNameWithoutExtension(path));
        }
        return documents.Count > 0 ? [.. documents.Values] : throw new InvalidDataException($"{archivePath} has no .tml files under a {folder}/ folder.");
    }

    private static bool InFolder(string path, string folder)
    {
        var parts = path.Split('/');
        return parts.AsSpan(0, parts.Length - 1).Contains(folder);
    }
}
