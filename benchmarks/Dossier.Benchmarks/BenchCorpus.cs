using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Dossier.Benchmarks;

/// <summary>
/// The fixed benchmark corpus: the BBC News full-text set (2,225 articles, about 855k words),
/// read straight from its tarball in ../shared/data so no article text is ever committed.
/// </summary>
public static class BenchCorpus
{
    private static readonly Lazy<IReadOnlyList<string>> Articles = new(Load);

    public static IReadOnlyList<string> Bbc => Articles.Value;

    /// <summary>The article of median length.</summary>
    public static string Median => Bbc.OrderBy(CountWords).ElementAt(Bbc.Count / 2);

    /// <summary>White-space separated words, the unit of every words-per-second figure here.</summary>
    public static long WordCount { get; } = Bbc.Sum(CountWords);

    public static long CountWords(string text)
    {
        long words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }
            inWord = !isSpace;
        }
        return words;
    }

    /// <summary>The tarball: $DOSSIER_SHARED/data/…, else ../shared beside the repository.</summary>
    public static string TarballPath()
    {
        const string relative = "data/bbc-news/bbc-fulltext.tar.gz";
        if (Environment.GetEnvironmentVariable("DOSSIER_SHARED") is { Length: > 0 } shared)
        {
            return Path.Combine(shared, relative);
        }
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"Cannot find shared/{relative} above {AppContext.BaseDirectory}; set DOSSIER_SHARED to the shared folder.");
    }

    private static List<string> Load()
    {
        using var gzip = new GZipStream(File.OpenRead(TarballPath()), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var articles = new List<(string Name, string Text)>();
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile
                && entry.Name.EndsWith(".txt", StringComparison.Ordinal) && !entry.Name.EndsWith("README.TXT", StringComparison.OrdinalIgnoreCase)
                && entry.DataStream is { } data)
            {
                using var reader = new StreamReader(data, Encoding.Latin1);
                articles.Add((entry.Name, reader.ReadToEnd()));
            }
        }
        return articles.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Text).ToList();
    }
}
