using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Dossier;

/// <summary>Reads the text files of a <c>.tar.gz</c> corpus release straight from the archive, without unpacking it.</summary>
public static class CorpusArchive
{
    /// <summary>The regular files whose path <paramref name="wanted"/> accepts, with their text, in archive order.</summary>
    /// <param name="encoding">The files' encoding; UTF-8 (with byte-order-mark detection) when null.</param>
    public static IReadOnlyList<(string Path, string Text)> ReadTexts(string archivePath, Func<string, bool> wanted, Encoding? encoding = null)
    {
        using var gzip = new GZipStream(File.OpenRead(archivePath), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var entries = new List<(string Path, string Text)>();
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && wanted(entry.Name) && entry.DataStream is { } data)
            {
                using var reader = new StreamReader(data, encoding ?? Encoding.UTF8);
                entries.Add((entry.Name, reader.ReadToEnd()));
            }
        }
        return entries;
    }
}
