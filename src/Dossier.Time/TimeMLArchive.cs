using System.Formats.Tar;
using System.IO.Compression;

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
        using (var file = File.OpenRead(archivePath))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                var parts = entry.Name.Split('/');
                if (entry.DataStream is null || !entry.Name.EndsWith(".tml", StringComparison.Ordinal) || !parts.AsSpan(0, parts.Length - 1).Contains(folder))
                {
                    continue;
                }
                using var reader = new StreamReader(entry.DataStream);
                documents[entry.Name] = TimeMLReader.Parse(reader.ReadToEnd(), Path.GetFileNameWithoutExtension(parts[^1]));
            }
        }
        return documents.Count > 0 ? [.. documents.Values] : throw new InvalidDataException($"{archivePath} has no .tml files under a {folder}/ folder.");
    }
}
