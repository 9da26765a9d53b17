using Dossier.Testing;

namespace Dossier.Nlp.Tests;

/// <summary>
/// Runs every example in Specs/*.md: a ```text block, then ```tokens (the expected tokens,
/// separated by spaces) and/or ```sentences (one span line per sentence, labelled with its
/// paragraph as ¶N).
/// </summary>
public sealed class TokenizerAndSplitterSpecTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create(NlpPipeline.BaseStages());

    public static TheoryData<string, string> Examples() => SpecFile.Cases("Specs");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_holds(string file, string title)
    {
        var example = SpecFile.Find("Specs", file, title);
        var document = Pipeline.Annotate(new Document(example.Text, new DocumentSource(file), example.Date));

        if (example.Blocks.TryGetValue("tokens", out var tokens))
        {
            var expected = tokens.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var actual = document.Tokens.Select(t => document[t.Span]).ToArray();
            Assert.True(expected.SequenceEqual(actual),
                $"{example}\nexpected: {string.Join(" ", expected)}\nactual:   {string.Join(" ", actual)}");
        }

        if (example.Blocks.TryGetValue("sentences", out var sentences))
        {
            var expected = SpanLine.ParseBlock(sentences);
            foreach (var line in expected)
            {
                Assert.Equal(line.Covered, document[line.Span]);
            }
            var actual = document.Sentences.Select(s => SpanLine.Format(s.Span, $"¶{s.Paragraph}", document[s.Span]));
            Assert.Equal(
                expected.Select(l => SpanLine.Format(l.Span, l.Label, l.Covered)),
                actual);
        }
    }
}
