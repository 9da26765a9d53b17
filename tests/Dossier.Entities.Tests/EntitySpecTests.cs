using Dossier.Nlp;
using Dossier.Testing;

namespace Dossier.Entities.Tests;

/// <summary>
/// Runs every example in Specs/*.md through the tokenizer, the sentence splitter and the entity
/// recognizer. Each line of an ```entities block (<c>[start,end) TYPE "covered text"</c>) must be
/// found with that span and type. With <c>complete: yes</c> in the ```meta block nothing else may
/// be found. A ```misses block lists gold mentions the model does not find yet; each must still be
/// missed, so the list stays honest and a fix shows up as a failure that says to move the line.
/// </summary>
public sealed class EntitySpecTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create([.. NlpPipeline.BaseStages(), SharedModel.Recognizer]);

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var group in SpecFile.Load("Specs").GroupBy(e => e.File))
        {
            for (var i = 0; i < group.Count(); i++)
            {
                data.Add(group.Key, i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_holds(string file, int index)
    {
        var example = SpecFile.Load("Specs").Where(e => e.File == file).ElementAt(index);
        var document = Pipeline.Annotate(new Document(example.Text, new DocumentSource(file), example.Date));
        var found = document.Mentions
            .Select(m => SpanLine.Format(m.Span, NerEvaluator.ConllType(m.Type), document[m.Span]))
            .ToList();

        var expected = SpanLine.ParseBlock(example.Block("entities"));
        foreach (var line in expected)
        {
            Assert.Equal(line.Covered, document[line.Span]);
        }
        var missing = expected.Select(l => SpanLine.Format(l.Span, l.Label, l.Covered)).Except(found).ToList();
        Assert.True(missing.Count == 0, $"{example}\nnot found:\n{string.Join("\n", missing)}\nfound:\n{string.Join("\n", found)}");

        if (example.Blocks.TryGetValue("meta", out var meta) && meta.Contains("complete: yes", StringComparison.Ordinal))
        {
            var extra = found.Except(expected.Select(l => SpanLine.Format(l.Span, l.Label, l.Covered))).ToList();
            Assert.True(extra.Count == 0, $"{example}\nfound but not expected:\n{string.Join("\n", extra)}");
        }

        if (example.Blocks.TryGetValue("misses", out var misses))
        {
            foreach (var line in SpanLine.ParseBlock(misses))
            {
                Assert.Equal(line.Covered, document[line.Span]);
                var formatted = SpanLine.Format(line.Span, line.Label, line.Covered);
                Assert.False(found.Contains(formatted), $"{example}\n{formatted} is found now: move it from ```misses to ```entities.");
            }
        }
    }
}
