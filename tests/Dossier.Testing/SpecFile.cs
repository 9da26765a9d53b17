namespace Dossier.Testing;

/// <summary>
/// Reads Markdown spec files: each <c>## heading</c> starts an example, and each fenced block
/// under it (<c>```text</c>, <c>```sentences</c>, …) is one named part of it. Prose between
/// blocks is commentary for the reader.
/// </summary>
public static class SpecFile
{
    public static IReadOnlyList<SpecExample> Parse(string fileName, string markdown)
    {
        var examples = new List<SpecExample>();
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        string? title = null;
        var titleLine = 0;
        Dictionary<string, string> blocks = [];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                title = line[3..].Trim();
                titleLine = i + 1;
                blocks = [];
            }
            else if (line.StartsWith("```", StringComparison.Ordinal) && line.Length > 3 && title is not null)
            {
                var name = line[3..].Trim();
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i] != "```"; i++)
                {
                    body.Add(lines[i]);
                }
                if (i == lines.Length)
                {
                    throw new FormatException($"{fileName}:{titleLine} block ```{name} is not closed.");
                }
                blocks[name] = string.Join('\n', body);
            }
        }
        Flush();
        return examples;

        void Flush()
        {
            if (title is not null)
            {
                examples.Add(new SpecExample(fileName, titleLine, title, blocks));
            }
        }
    }

    /// <summary>
    /// One theory case per example of the spec files in <paramref name="folder"/>, named by file
    /// and heading so a failure says which example broke. Pair with <see cref="Find"/>.
    /// </summary>
    public static Xunit.TheoryData<string, string> Cases(string folder)
    {
        var data = new Xunit.TheoryData<string, string>();
        foreach (var example in Load(folder))
        {
            data.Add(example.File, example.Title);
        }
        return data;
    }

    /// <summary>The example that <see cref="Cases"/> named.</summary>
    public static SpecExample Find(string folder, string file, string title) =>
        Load(folder).Single(e => e.File == file && e.Title == title);

    /// <summary>Every example of every <c>*.md</c> file in <paramref name="folder"/> (relative to the test binaries).</summary>
    public static IEnumerable<SpecExample> Load(string folder)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, folder);
        foreach (var path in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var example in Parse(Path.GetFileName(path), File.ReadAllText(path)))
            {
                yield return example;
            }
        }
    }
}
