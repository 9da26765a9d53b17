using Dossier.Nlp;
using Dossier.Testing;

namespace Dossier.Quotes.Tests;

/// <summary>
/// Runs every example in Specs/*.md: a ```text block, then ```quotes (one line per attribution,
/// see <see cref="QuoteLine"/>) and optionally ```people (the actors with their roles). Content
/// offsets are checked against the text they cover, so a spec cannot drift from its input.
/// </summary>
public sealed class QuoteSpecTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create([.. NlpPipeline.BaseStages(), new QuoteExtractor()]);

    public static TheoryData<string, string> Examples() => SpecFile.Cases("Specs");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_holds(string file, string title)
    {
        var example = SpecFile.Find("Specs", file, title);
        var document = Pipeline.Annotate(new Document(example.Text, new DocumentSource(file), example.Date));

        var actual = document.Quotes.Select(q => QuoteLine.Format(document, q)).ToList();
        var expected = Lines(example.Block("quotes"));
        Assert.True(expected.SequenceEqual(actual), $"{example}\nexpected:\n{string.Join('\n', expected)}\nactual:\n{string.Join('\n', actual)}");

        if (example.Blocks.TryGetValue("people", out var people))
        {
            var listed = document.Actors.Select(QuoteLine.Format).ToList();
            foreach (var line in Lines(people))
            {
                Assert.True(listed.Contains(line), $"{example}\nmissing actor: {line}\nactual:\n{string.Join('\n', listed)}");
            }
        }
    }

    private static List<string> Lines(string block) =>
        block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
