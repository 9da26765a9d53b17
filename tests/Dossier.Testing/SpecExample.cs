namespace Dossier.Testing;

/// <summary>One example of a spec file: a heading, then fenced blocks named by their info string.</summary>
/// <param name="File">The spec file's name, for messages.</param>
/// <param name="Line">The heading's 1-based line, for messages.</param>
public sealed record SpecExample(string File, int Line, string Title, IReadOnlyDictionary<string, string> Blocks)
{
    /// <summary>The input text: the <c>text</c> block, exactly as written between its fences.</summary>
    public string Text => Block("text");

    /// <summary>A <c>date: YYYY-MM-DD</c> line of the <c>meta</c> block; null when absent or <c>none</c>.</summary>
    public DateOnly? Date
    {
        get
        {
            if (!Blocks.TryGetValue("meta", out var meta))
            {
                return null;
            }
            foreach (var line in meta.Split('\n'))
            {
                var parts = line.Split(':', 2, StringSplitOptions.TrimEntries);
                if (parts is ["date", var value] && value != "none")
                {
                    return DateOnly.ParseExact(value, "yyyy-MM-dd");
                }
            }
            return null;
        }
    }

    public string Block(string name) =>
        Blocks.TryGetValue(name, out var block)
            ? block
            : throw new InvalidOperationException($"{File}:{Line} '{Title}' has no ```{name} block.");

    public override string ToString() => $"{File}: {Title}";
}
