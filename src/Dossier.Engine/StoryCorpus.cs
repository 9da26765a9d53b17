using System.Text;
using Dossier.Ingest;

namespace Dossier.Engine;

/// <summary>
/// The evaluation mix of <c>dossier eval stories</c>, read straight from the shared archives so
/// no article text is copied: the seed articles (one story), Timeline17's H1N1 articles (one
/// story, dated by their folder) and the BBC News articles (undated, each its own story as far as
/// anyone knows: some may well tell one story, so they bound precision from below).
/// </summary>
public static partial class StoryCorpus
{
    public const string SeedStory = "seeds";
    public const string H1N1Story = "h1n1";
    public const string H1N1Archive = "timeline17/t17-dev-H1N1.tar.gz";
    public const string BbcArchive = "bbc-news/bbc-fulltext.tar.gz";

    /// <summary>Every article of the seeds folder, one story.</summary>
    public static IEnumerable<LabelledArticle> Seeds(string folder)
    {
        var reader = new ArticleReader();
        foreach (var file in ArticleReader.ExpandPaths([folder]))
        {
            foreach (var item in reader.ReadFile(file).Where(i => i.Document is not null))
            {
                yield return new LabelledArticle(item.Document!, SeedStory);
            }
        }
    }

    /// <summary>
    /// Timeline17's <c>InputDocs/YYYY-MM-DD/N.htm.txt</c> files: one sentence a line, dated by the
    /// folder. The folders were gathered by keyword and hold some articles on other things
    /// (Pakistani politics, garbled pages): an article is in the gold H1N1 story only when it names
    /// the flu at least <see cref="FluMentions"/> times ("H1N1", "swine", "flu", "influenza",
    /// "pandemic"); the others are each their own gold story.
    /// </summary>
    public static IEnumerable<LabelledArticle> H1N1(string archive) =>
        Entries(archive, Encoding.UTF8, name => name.Contains("/InputDocs/", StringComparison.Ordinal) && name.EndsWith(".htm.txt", StringComparison.Ordinal))
            .Select(e => new LabelledArticle(
                new Document(e.Text, new DocumentSource(e.Name), DateOnly.ParseExact(e.Name.Split('/')[^2], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                FluWords().Count(e.Text) >= FluMentions ? H1N1Story : e.Name));

    /// <summary>Mentions of the flu an H1N1 article needs to count as telling the H1N1 story.</summary>
    public const int FluMentions = 3;

    /// <summary>The BBC's <c>bbc/CATEGORY/NNN.txt</c> files (Latin-1): headline, then paragraphs; undated; each its own gold story.</summary>
    public static IEnumerable<LabelledArticle> Bbc(string archive) =>
        Entries(archive, Encoding.Latin1, name => name.EndsWith(".txt", StringComparison.Ordinal) && !name.EndsWith("README.TXT", StringComparison.OrdinalIgnoreCase))
            .Select(e => new LabelledArticle(new Document(e.Text, new DocumentSource(e.Name), null), e.Name));

    /// <summary>Whether a gold story is a BBC News article's own (its location in the archive, <c>bbc/CATEGORY/NNN.txt</c>).</summary>
    public static bool IsBbc(string gold) => gold.StartsWith("bbc/", StringComparison.Ordinal);

    /// <summary>
    /// A stream that mixes the sources, as a feed reader would see them: ordered by a hash of each
    /// location, the same on every run.
    /// </summary>
    public static List<LabelledArticle> Mixed(IEnumerable<LabelledArticle> articles) =>
        [.. articles.OrderBy(a => HashKeys.Chars(a.Document.Source.Location)).ThenBy(a => a.Document.Source.Location, StringComparer.Ordinal)];

    private static IEnumerable<(string Name, string Text)> Entries(string archive, Encoding encoding, Func<string, bool> wanted) =>
        CorpusArchive.ReadTexts(archive, wanted, encoding).OrderBy(e => e.Path, StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(h1n1|swine|flu|influenza|pandemic)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FluWords();
}
