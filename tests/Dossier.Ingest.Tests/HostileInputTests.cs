using Dossier.Testing;

namespace Dossier.Ingest.Tests;

/// <summary>A bad line or item is reported with its reason and never takes the rest of its file down with it.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reports_a_json_line_whose_string_escapes_a_lone_surrogate_and_reads_the_next()
    {
        var path = _folder.File("lone.jsonl", """
            {"text": "Yoon met \ud800 Kishida."}
            {"text": "Kishida left Hiroshima.", "title": "Half a pair \udc00"}
            {"text": "Kishida left Tokyo."}
            """);

        var items = new ArticleReader().ReadFile(path).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("has a string that is not valid UTF-16 (a lone surrogate escape) in \"text\"", items[0].Error);
        Assert.EndsWith("lone.jsonl:1", items[0].Location, StringComparison.Ordinal);
        Assert.Equal("has a string that is not valid UTF-16 (a lone surrogate escape) in \"title\"", items[1].Error);
        Assert.Equal("Kishida left Tokyo.", items[2].Document!.Text);
    }

    [Fact]
    public void Keeps_a_surrogate_pair_written_as_two_escapes()
    {
        var item = new ArticleReader().ReadJson("api", """{"text": "Yoon smiled \ud83d\ude00."}""");

        Assert.Equal("Yoon smiled \U0001F600.", item.Document!.Text);
    }
}
