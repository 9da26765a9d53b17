using System.Collections.Immutable;
using System.IO.Compression;

namespace Dossier.Entities;

/// <summary>
/// A file in CoNLL-2003 column format: the token in the first column, the NER tag in the last,
/// a blank line between sentences and a <c>-DOCSTART-</c> line before each document.
/// </summary>
public sealed record ConllCorpus(ImmutableArray<ConllSentence> Sentences)
{
    public const string DocumentStart = "-DOCSTART-";

    public int TokenCount => Sentences.Sum(s => s.Tokens.Length);

    public int DocumentCount => Sentences.IsEmpty ? 0 : Sentences[^1].Document + 1;

    /// <summary>Reads a CoNLL file; a name ending in <c>.gz</c> is decompressed.</summary>
    /// <exception cref="FormatException">A line has fewer than two columns.</exception>
    public static ConllCorpus Load(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream);
        return Read(reader, path);
    }

    /// <exception cref="FormatException">A line has fewer than two columns.</exception>
    public static ConllCorpus Read(TextReader reader, string name = "input")
    {
        var sentences = ImmutableArray.CreateBuilder<ConllSentence>();
        var current = ImmutableArray.CreateBuilder<ConllToken>();
        var document = -1;
        string? pendingStart = null;
        var lineNumber = 0;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }
            if (document < 0)
            {
                document = 0;
            }
            sentences.Add(new ConllSentence(current.ToImmutable(), document, pendingStart));
            pendingStart = null;
            current.Clear();
        }

        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var trimmed = line.TrimEnd();
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }
            var columns = trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == DocumentStart)
            {
                Flush();
                document++;
                pendingStart = trimmed;
                continue;
            }
            if (columns.Length < 2)
            {
                throw new FormatException($"{name}:{lineNumber}: expected a token and a tag, got \"{trimmed}\".");
            }
            current.Add(new ConllToken(trimmed, columns[0], columns[^1]));
        }
        Flush();
        return new ConllCorpus(sentences.ToImmutable());
    }
}
