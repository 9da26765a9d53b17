using System.Collections.Immutable;
using System.Globalization;

namespace Dossier.Quotes;

/// <summary>
/// Reads PolNeAR-style corpora: <c>DIR/text/NAME.txt</c> with <c>DIR/attributions/NAME_ANNOTATOR.ann</c>
/// (or <c>NAME.ann</c>) in brat standoff, where <c>T</c> lines hold Source, Cue and Content spans and
/// <c>E</c> lines join them into one attribution.
/// </summary>
public static class BratAttributionReader
{
    /// <summary>
    /// Reads every article that has an annotation file. When several annotators annotated an
    /// article, the file whose annotator id sorts first (ordinal) is read, so runs are repeatable.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">DIR lacks <c>text/</c> or <c>attributions/</c>.</exception>
    public static IReadOnlyList<AttributionDocument> ReadCorpus(string directory)
    {
        var textDirectory = Path.Combine(directory, "text");
        var annotationDirectory = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDirectory) || !Directory.Exists(annotationDirectory))
        {
            throw new DirectoryNotFoundException(
                $"{directory} must hold text/*.txt and attributions/*.ann (PolNeAR layout).");
        }

        var texts = Directory.EnumerateFiles(textDirectory, "*.txt").ToDictionary(path => Path.GetFileNameWithoutExtension(path)!, path => path, StringComparer.Ordinal);
        var annotations = Directory.EnumerateFiles(annotationDirectory, "*.ann").Select(path => (Path.GetFileNameWithoutExtension(path), path));
        return Choose(texts, annotations).Select(c => new AttributionDocument(c.Name, File.ReadAllText(c.Text), Parse(File.ReadAllText(c.Annotation)), c.Annotator)).ToList();
    }

    /// <summary>
    /// Reads one split (<c>train</c>, <c>dev</c>) straight from a PolNeAR <c>.tar.gz</c> release, whose
    /// entries are <c>PolNeAR/SPLIT/text/NAME.txt</c> and <c>PolNeAR/SPLIT/attributions/NAME_ANNOTATOR.ann</c>.
    /// Annotators are chosen as <see cref="ReadCorpus"/> chooses them.
    /// </summary>
    /// <exception cref="InvalidDataException">The archive holds no article of that split.</exception>
    public static IReadOnlyList<AttributionDocument> ReadArchive(string archivePath, string split)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in CorpusArchive.ReadTexts(archivePath, path => path.Split('/') is [_, var inSplit, _, _] && inSplit == split))
        {
            var parts = path.Split('/');
            var target = (parts[2], Path.GetExtension(parts[3])) switch
            {
                ("text", ".txt") => texts,
                ("attributions", ".ann") => annotations,
                _ => null,
            };
            target?.Add(Path.GetFileNameWithoutExtension(parts[3]), text);
        }
        var documents = Choose(texts, annotations.Select(a => (a.Key, a.Value)))
            .Select(c => new AttributionDocument(c.Name, c.Text, Parse(c.Annotation), c.Annotator)).ToList();
        return documents.Count > 0 ? documents : throw new InvalidDataException($"{archivePath} has no annotated articles under PolNeAR/{split}/.");
    }

    /// <summary>
    /// Pairs each text with one annotation: <c>NAME.ann</c>, or of several <c>NAME_ANNOTATOR.ann</c> the one
    /// whose annotator sorts first (ordinal). Keys are file names without extension; values are passed through.
    /// </summary>
    private static IEnumerable<(string Name, string? Annotator, string Text, string Annotation)> Choose(
        Dictionary<string, string> texts, IEnumerable<(string Stem, string Annotation)> annotations)
    {
        var chosen = new SortedDictionary<string, (string Annotation, string? Annotator)>(StringComparer.Ordinal);
        foreach (var (stem, annotation) in annotations)
        {
            var (name, annotator) = SplitAnnotator(stem, texts);
            if (name is null)
            {
                continue;
            }
            if (!chosen.TryGetValue(name, out var existing) || string.CompareOrdinal(annotator, existing.Annotator) < 0)
            {
                chosen[name] = (annotation, annotator);
            }
        }
        return chosen.Select(c => (c.Key, c.Value.Annotator, texts[c.Key], c.Value.Annotation));
    }

    /// <summary>Parses one .ann file; attributions without content are skipped (nothing to score).</summary>
    public static ImmutableArray<Attribution> Parse(string annotation)
    {
        var spans = new Dictionary<string, (string Type, List<TextSpan> Spans)>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var line in annotation.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2)
            {
                continue;
            }
            if (fields[0][0] == 'T' && char.IsAsciiDigit(fields[0][1]))
            {
                if (TryParseTextBound(fields[1], out var type, out var list))
                {
                    spans[fields[0]] = (type, list);
                }
            }
            else if (fields[0][0] == 'E' && char.IsAsciiDigit(fields[0][1]))
            {
                events.Add(fields[1]);
            }
        }

        var attributions = ImmutableArray.CreateBuilder<Attribution>(events.Count);
        foreach (var relation in events)
        {
            var content = new List<TextSpan>();
            TextSpan? source = null, cue = null;
            foreach (var argument in relation.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = argument.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(argument[(colon + 1)..], out var bound))
                {
                    continue;
                }
                var role = argument[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                switch (role)
                {
                    case "Content":
                        content.AddRange(bound.Spans);
                        break;
                    case "Source":
                        source = Hull(bound.Spans, source);
                        break;
                    case "Cue":
                        cue = Hull(bound.Spans, cue);
                        break;
                    default:
                        break;
                }
            }
            if (content.Count > 0)
            {
                content.Sort();
                attributions.Add(new Attribution([.. content], source, cue));
            }
        }
        return attributions.ToImmutable();
    }

    private static bool TryParseTextBound(string field, out string type, out List<TextSpan> spans)
    {
        spans = [];
        var space = field.IndexOf(' ', StringComparison.Ordinal);
        type = space < 0 ? field : field[..space];
        if (space < 0)
        {
            return false;
        }
        foreach (var fragment in field[(space + 1)..].Split(';'))
        {
            var parts = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start)
            {
                return false;
            }
            spans.Add(new TextSpan(start, end));
        }
        return spans.Count > 0;
    }

    private static TextSpan Hull(List<TextSpan> spans, TextSpan? seed)
    {
        var hull = seed ?? spans[0];
        foreach (var span in spans)
        {
            hull = hull.Union(span);
        }
        return hull;
    }

    /// <summary><c>NAME_4b22</c> → (<c>NAME</c>, <c>4b22</c>) when there is a text <c>NAME</c>; a stem that is itself a text's name has no annotator.</summary>
    private static (string? Name, string? Annotator) SplitAnnotator(string stem, Dictionary<string, string> texts)
    {
        if (texts.ContainsKey(stem))
        {
            return (stem, null);
        }
        var underscore = stem.LastIndexOf('_');
        if (underscore > 0 && texts.ContainsKey(stem[..underscore]))
        {
            return (stem[..underscore], stem[(underscore + 1)..]);
        }
        return (null, null);
    }
}
