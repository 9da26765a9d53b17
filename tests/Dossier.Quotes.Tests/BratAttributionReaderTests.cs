using System.Formats.Tar;
using System.IO.Compression;
using Dossier.Testing;

namespace Dossier.Quotes.Tests;

public sealed class BratAttributionReaderTests
{
    private const string Annotation =
        "T1\tSource 0 3\tLee\n" +
        "T2\tCue 4 8\tsaid\n" +
        "T3\tContent 9 20;25 30\tsomething and more\n" +
        "T4\tAttribution 4 8\tsaid\n" +
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
        "T5\tCue 40 52\taccording to\n" +
        "T6\tContent 31 39\tthe rest\n" +
        "T7\tContent2 60 70\tand a tail\n" +
        "T8\tAttribution-no-source 40 52\taccording to\n" +
        "E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7\n" +
        "#1\tAnnotatorNotes T3\ta note\n";

    [Fact]
    public void Joins_source_cue_and_discontinuous_content_through_event_lines()
    {
        var attributions = BratAttributionReader.Parse(Annotation);

        Assert.Equal(2, attributions.Length);
        Assert.Equal([new TextSpan(9, 20), new TextSpan(25, 30)], attributions[0].Content.ToArray());
        Assert.Equal(new TextSpan(0, 3), attributions[0].Source);
        Assert.Equal(new TextSpan(4, 8), attributions[0].Cue);
    }

    [Fact]
    public void Numbered_content_roles_join_the_content_and_a_missing_source_stays_null()
    {
        var second = BratAttributionReader.Parse(Annotation)[1];

        Assert.Equal([new TextSpan(31, 39), new TextSpan(60, 70)], second.Content.ToArray());
        Assert.Null(second.Source);
    }

    [Fact]
    public void Reads_the_first_annotator_of_an_article_annotated_twice()
    {
        var root = Directory.CreateTempSubdirectory("quotes-corpus-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "text"));
            Directory.CreateDirectory(Path.Combine(root, "attributions"));
            File.WriteAllText(Path.Combine(root, "text", "cnn_2016-01-01_a.txt"), "Lee said yes.");
            File.WriteAllText(Path.Combine(root, "attributions", "cnn_2016-01-01_a_ef2d.ann"), "T1\tContent 9 12\tyes\nT2\tCue 4 8\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n");
            File.WriteAllText(Path.Combine(root, "attributions", "cnn_2016-01-01_a_4b22.ann"), "T1\tContent 0 12\tLee said yes\nE1\tAttribution:T1 Content:T1\n");

            var corpus = BratAttributionReader.ReadCorpus(root);

            var document = Assert.Single(corpus);
            Assert.Equal("cnn_2016-01-01_a", document.Name);
            Assert.Equal("4b22", document.Annotator);
            Assert.Equal(new TextSpan(0, 12), Assert.Single(document.Attributions).Content[0]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Reads_one_split_straight_from_a_release_archive()
    {
        using var folder = new TempFolder();
        var archive = folder.Combine("polnear.tar.gz");
        using (var file = File.Create(archive))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            Add(tar, "PolNeAR/dev/text/cnn_a.txt", "Lee said yes.");
            Add(tar, "PolNeAR/dev/attributions/cnn_a_ef2d.ann", "T1\tContent 9 12\tyes\nT2\tCue 4 8\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n");
            Add(tar, "PolNeAR/train/text/cnn_b.txt", "Kim said no.");
            Add(tar, "PolNeAR/train/attributions/cnn_b_ef2d.ann", "T1\tContent 9 11\tno\nE1\tAttribution:T1 Content:T1\n");
        }

        var dev = BratAttributionReader.ReadArchive(archive, "dev");

        var document = Assert.Single(dev);
        Assert.Equal(("cnn_a", "ef2d", "Lee said yes."), (document.Name, document.Annotator, document.Text));
        Assert.Equal(new TextSpan(4, 8), Assert.Single(document.Attributions).Cue);
        Assert.Throws<InvalidDataException>(() => BratAttributionReader.ReadArchive(archive, "test"));
    }

    private static void Add(TarWriter tar, string name, string text)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)) };
        tar.WriteEntry(entry);
    }
}
