using Dossier.Testing;

namespace Dossier.Engine.Tests;

/// <summary>The product pipeline treats every input as hostile: it never throws, and every span it makes is valid.</summary>
public sealed class PipelineRobustnessTests
{
    private static readonly Lazy<Pipeline> Pipeline = new(DossierPipeline.Create);

    [Fact]
    public void Annotates_thousands_of_hostile_texts_without_failing()
    {
        var failures = new List<string>();
        foreach (var date in new DateOnly?[] { new DateOnly(2022, 11, 2), DateOnly.MinValue, DateOnly.MaxValue, null })
        {
            foreach (var text in HostileText.Generate(seed: 20221102, count: 1500, maxPieces: 60))
            {
                var result = Pipeline.Value.TryAnnotate(new Document(text, new DocumentSource("fuzz"), date));
                if (result.Error is { } error)
                {
                    failures.Add($"{date}: {error.InnerException?.GetType().Name}: {error.InnerException?.Message} on \"{SpanLine.Escape(text)}\"");
                }
                else
                {
                    failures.AddRange(SpanInvariants.Violations(result.Annotated!).Select(v => $"{v} on \"{SpanLine.Escape(text)}\""));
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} failures, first ones:\n{string.Join("\n", failures.Take(5))}");
    }

    [Fact]
    public void Annotates_the_sample_articles_with_valid_spans_in_every_layer()
    {
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Samples, "*.txt"))
        {
            var item = new Dossier.Ingest.ArticleReader().ReadFile(path).Single();

            var document = Pipeline.Value.Annotate(item.Document!);

            Assert.Empty(SpanInvariants.Violations(document));
            Assert.Equal(Pipeline.Value.Produces, document.Layers);
        }
    }

    [Fact]
    public void Annotates_a_very_long_unbroken_text()
    {
        var text = string.Concat(Enumerable.Repeat("Seoul-Tokyo-", 20_000)) + string.Concat(Enumerable.Repeat("\u201C", 5_000));

        var document = Pipeline.Value.Annotate(new Document(text, new DocumentSource("long"), new DateOnly(2023, 2, 28)));

        Assert.Empty(SpanInvariants.Violations(document));
    }
}
