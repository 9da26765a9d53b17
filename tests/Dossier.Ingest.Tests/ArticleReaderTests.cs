using Dossier.Testing;

namespace Dossier.Ingest.Tests;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Takes_a_leading_date_line_as_metadata_and_removes_it_from_the_body()
    {
        var item = new ArticleReader().ReadText("a.txt", "date 2022-11-02\nExpectations rose Wednesday.");

        Assert.Equal(new DateOnly(2022, 11, 2), item.Document!.Published);
        Assert.Equal("Expectations rose Wednesday.", item.Document.Text);
    }

    [Fact]
    public void Reads_a_date_written_inline_after_white_space_as_in_sample_002()
    {
        var item = new ArticleReader().ReadText("002.txt", " date 2023-05-18 The top leaders of Japan and South Korea will try.");

        Assert.Equal(new DateOnly(2023, 5, 18), item.Document!.Published);
        Assert.Equal("The top leaders of Japan and South Korea will try.", item.Document.Text);
    }

    [Fact]
    public void Leaves_a_document_without_any_date_undated()
    {
        var item = new ArticleReader().ReadText("a.txt", "Yoon met Kishida on Sunday.");

        Assert.Null(item.Document!.Published);
    }

    [Fact]
    public void Gives_the_default_date_only_to_documents_without_their_own()
    {
        var reader = new ArticleReader(new DateOnly(2023, 2, 28));

        Assert.Equal(new DateOnly(2023, 2, 28), reader.ReadText("a.txt", "Undated text.").Document!.Published);
        Assert.Equal(new DateOnly(2022, 11, 2), reader.ReadText("b.txt", "date 2022-11-02 Dated text.").Document!.Published);
    }

    [Fact]
    public void Does_not_take_the_word_date_in_a_sentence_for_metadata()
    {
        var item = new ArticleReader().ReadText("a.txt", "date 2023 was chosen for the summit.");

        Assert.Null(item.Document!.Published);
        Assert.StartsWith("date 2023", item.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_impossible_date_line()
    {
        var item = new ArticleReader().ReadText("a.txt", "date 2023-02-30 Text.");

        Assert.False(item.Succeeded);
        Assert.Contains("2023-02-30", item.Error);
    }

    [Fact]
    public void Reads_json_lines_and_reports_a_bad_line_without_losing_the_others()
    {
        var path = _folder.File("feed.jsonl", """
            {"text": "Yoon met Kishida.", "date": "2023-05-21", "title": "Summit", "url": "https://example.org/a", "source": "Example News"}
            {"text": broken
            {"title": "no text here"}
            {"text": "Kishida left Hiroshima.", "date": "2023-05-22T09:30:00+09:00"}
            """);

        var items = new ArticleReader().ReadFile(path).ToList();

        Assert.Equal(4, items.Count);
        var first = items[0].Document!;
        Assert.Equal(new DocumentSource("https://example.org/a", "Summit", "Example News", "https://example.org/a"), first.Source);
        Assert.Equal(new DateOnly(2023, 5, 21), first.Published);
        Assert.Contains("not valid JSON", items[1].Error);
        Assert.EndsWith(":2", items[1].Location, StringComparison.Ordinal);
        Assert.Contains("no \"text\"", items[2].Error);
        Assert.Equal(new DateOnly(2023, 5, 22), items[3].Document!.Published);
    }

    [Fact]
    public void Reads_one_json_record_given_directly_as_a_jsonl_line_is_read()
    {
        var reader = new ArticleReader();

        var item = reader.ReadJson("api", """{"text": "Yoon met Kishida.", "date": "2023-05-21", "title": "Summit"}""");
        var undated = reader.ReadJson("api", """{"text": "Kishida left."}""");
        var bad = reader.ReadJson("api", """{"text": "Kishida left.", "date": "soon"}""");

        Assert.Equal(new DocumentSource("api", "Summit"), item.Document!.Source);
        Assert.Equal(new DateOnly(2023, 5, 21), item.Document.Published);
        Assert.Null(undated.Document!.Published);
        Assert.Equal("has a \"date\" that is not a date: 'soon'", bad.Error);
    }

    [Fact]
    public void Reports_a_file_that_is_not_utf8_with_its_path()
    {
        var path = _folder.Combine("latin1.txt");
        File.WriteAllBytes(path, [0x53, 0x65, 0xF1, 0x6F, 0x72, 0xFF]);

        var item = new ArticleReader().ReadFile(path).Single();

        Assert.Equal(path, item.Location);
        Assert.Equal("is not valid UTF-8 text", item.Error);
    }

    [Fact]
    public void Reports_missing_and_unsupported_files()
    {
        var reader = new ArticleReader();

        Assert.Equal("no such file", reader.ReadFile(_folder.Combine("gone.txt")).Single().Error);
        Assert.StartsWith("unsupported file type '.pdf'", reader.ReadFile(_folder.File("a.pdf", "x")).Single().Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Walks_folders_for_supported_files_in_name_order()
    {
        _folder.File("b/2.txt", "two");
        _folder.File("a.txt", "one");
        _folder.File("README.md", "not an article");
        _folder.File("c.jsonl", "{}");

        var files = ArticleReader.ExpandPaths([_folder.Path]).Select(f => Path.GetRelativePath(_folder.Path, f));

        Assert.Equal(["a.txt", "b/2.txt", "c.jsonl"], files);
    }

    [Fact]
    public void Strips_a_byte_order_mark()
    {
        var path = _folder.Combine("bom.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "date 2023-02-28 Seoul says."u8]);

        var document = new ArticleReader().ReadFile(path).Single().Document!;

        Assert.Equal("Seoul says.", document.Text);
        Assert.Equal(new DateOnly(2023, 2, 28), document.Published);
    }
}
