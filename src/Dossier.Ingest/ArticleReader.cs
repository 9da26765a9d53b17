using System.Text;
using Dossier.Ingest.Internal;

namespace Dossier.Ingest;

/// <summary>
/// Turns files and folders into documents. Reads <c>.txt</c> (an optional leading
/// <c>date YYYY-MM-DD</c> is metadata), <c>.jsonl</c> (one article per line), saved web pages
/// (<c>.html</c>, <c>.htm</c>) and RSS or Atom feeds (<c>.rss</c>, <c>.atom</c>, <c>.xml</c>; one
/// document per item). A file, line or item that cannot be read becomes a failed item with its
/// location and the reason; the other items still come through.
/// </summary>
public sealed class ArticleReader
{
    /// <summary>File endings read when a folder is walked; other files in a folder are passed over.</summary>
    public static readonly IReadOnlyList<string> SupportedExtensions = [".txt", ".jsonl", ".html", ".htm", ".rss", ".atom", ".xml"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly DateOnly? _defaultDate;

    /// <param name="defaultDate">Given to documents whose own text or metadata has no date (the CLI's <c>--date</c>).</param>
    public ArticleReader(DateOnly? defaultDate = null)
    {
        _defaultDate = defaultDate;
    }

    /// <summary>The supported files named by <paramref name="paths"/>, folders walked recursively in name order.</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => SupportedExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    public IEnumerable<IngestItem> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return [IngestItem.Failed(path, Directory.Exists(path) ? "is a folder" : "no such file")];
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!SupportedExtensions.Contains(extension))
        {
            return [IngestItem.Failed(path, $"unsupported file type '{extension}' (Dossier reads {string.Join(", ", SupportedExtensions)})")];
        }

        string content;
        try
        {
            content = StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return [IngestItem.Failed(path, "is not valid UTF-8 text")];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(path, ex.Message)];
        }
        return extension switch
        {
            ".jsonl" => ReadJsonLines(path, content),
            ".html" or ".htm" => [HtmlArticle.Read(path, content, _defaultDate)],
            ".rss" or ".atom" or ".xml" => FeedArticles.Read(path, content, _defaultDate),
            _ => [ReadText(path, content)],
        };
    }

    /// <summary>Reads text given directly (standard input, tests) as a <c>.txt</c> article.</summary>
    public IngestItem ReadText(string location, string content)
    {
        var (date, body, error) = DateLine.Split(content);
        if (error is not null)
        {
            return IngestItem.Failed(location, error);
        }
        if (string.IsNullOrWhiteSpace(body))
        {
            return IngestItem.Failed(location, "has no text");
        }
        return IngestItem.Read(new Document(body, new DocumentSource(location), date ?? _defaultDate));
    }

    /// <summary>
    /// Reads one JSON record given directly (the HTTP API's posted article), exactly as a line of
    /// a <c>.jsonl</c> file: <c>text</c>, and optionally <c>date</c>, <c>title</c>, <c>url</c>, <c>source</c>.
    /// </summary>
    public IngestItem ReadJson(string location, string json) => JsonArticle.Read(location, json, _defaultDate);

    private IEnumerable<IngestItem> ReadJsonLines(string path, string content)
    {
        var lineNumber = 0;
        foreach (var line in content.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            yield return JsonArticle.Read($"{path}:{lineNumber}", line, _defaultDate);
        }
    }
}
