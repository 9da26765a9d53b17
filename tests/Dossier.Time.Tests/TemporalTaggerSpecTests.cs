using Dossier.Nlp;
using Dossier.Testing;

namespace Dossier.Time.Tests;

/// <summary>
/// Runs every example in Specs/*.md: a ```meta block with the article date (or <c>date: none</c>),
/// a ```text block, and a ```timexes block listing every expected time expression, one per line:
/// <c>[18,27) DATE "Wednesday" = 2022-11-02</c>, with the mod after the value when there is one
/// (<c>= 2024 START</c>). An empty block means the text has no time expression.
/// </summary>
public sealed class TemporalTaggerSpecTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create([.. NlpPipeline.BaseStages(), new TemporalTagger()]);

    public static TheoryData<string, string> Examples() => SpecFile.Cases("Specs");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_holds(string file, string title)
    {
        var example = SpecFile.Find("Specs", file, title);
        var document = Pipeline.Annotate(new Document(example.Text, new DocumentSource(file), example.Date));

        var expected = SpanLine.ParseBlock(example.Block("timexes"));
        foreach (var line in expected)
        {
            Assert.True(line.Span.End <= example.Text.Length, $"{example}: {line} lies outside the text");
            Assert.Equal(line.Covered, document[line.Span]);
        }
        var actual = document.TimeExpressions.Select(t => Format(document, t));
        Assert.Equal(
            expected.Select(l => SpanLine.Format(l.Span, l.Label, l.Covered, l.Rest)),
            actual);
    }

    internal static string Format(Document document, TimeExpression timex)
    {
        var mod = TimexValues.Name(timex.Mod);
        var rest = mod is null ? $"= {timex.Value}" : $"= {timex.Value} {mod}";
        return SpanLine.Format(timex.Span, TimexValues.Name(timex.Type), document[timex.Span], rest);
    }
}
