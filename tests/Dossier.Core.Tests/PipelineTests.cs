using System.Collections.Immutable;
using Dossier.Testing;

namespace Dossier.Core.Tests;

public sealed class PipelineTests
{
    private static Document Article(string text = "Yoon met Kishida.") => new(text, new DocumentSource("test.txt"), new DateOnly(2023, 5, 18));

    [Fact]
    public void Refuses_to_build_when_a_stage_needs_a_layer_nobody_produces()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Pipeline.Create(new SentenceStage()));

        Assert.Contains("SentenceStage needs Tokens", error.Message);
    }

    [Fact]
    public void Runs_stages_in_order_and_records_their_layers()
    {
        var pipeline = Pipeline.Create(new TokenStage(), new SentenceStage());

        var document = pipeline.Annotate(Article());

        Assert.Equal(Layer.Tokens | Layer.Sentences, document.Layers);
        Assert.Equal(3, document.Tokens.Length);
        Assert.Single(document.Sentences);
    }

    [Fact]
    public void Leaves_the_input_document_unchanged()
    {
        var input = Article();

        Pipeline.Create(new TokenStage()).Annotate(input);

        Assert.Empty(input.Tokens);
        Assert.Equal(Layer.None, input.Layers);
    }

    [Fact]
    public void Reports_a_failing_document_and_goes_on_with_the_batch()
    {
        var pipeline = Pipeline.Create(new TokenStage(), new FailingStage("poison"));

        var results = pipeline.AnnotateAll([Article("poison pill"), Article("Yoon met Kishida.")]).ToList();

        Assert.False(results[0].Succeeded);
        Assert.Contains("FailingStage failed on test.txt", results[0].Error!.Message);
        Assert.True(results[1].Succeeded);
    }

    [Fact]
    public void Finds_the_tokens_inside_a_span()
    {
        var document = Pipeline.Create(new TokenStage()).Annotate(Article());

        var tokens = document.TokensIn(new TextSpan(5, 17)).ToArray().Select(t => document[t.Span]);

        Assert.Equal(["met", "Kishida."], tokens);
    }

    [Fact]
    public void Stamps_its_version_on_every_document_it_annotates()
    {
        var pipeline = Pipeline.Create(new TokenStage(), new SentenceStage());

        var document = pipeline.Annotate(Article());

        Assert.Equal(pipeline.Version, document.AnnotationVersion);
        Assert.Null(Article().AnnotationVersion);
    }

    [Fact]
    public void Has_another_version_when_its_stages_or_their_order_change_and_the_same_one_when_built_again()
    {
        var tokensThenSentences = Pipeline.Create(new TokenStage(), new SentenceStage()).Version;

        Assert.Equal(tokensThenSentences, Pipeline.Create(new TokenStage(), new SentenceStage()).Version);
        Assert.Equal(tokensThenSentences, Pipeline.VersionOf([typeof(TokenStage), typeof(SentenceStage)]));
        Assert.NotEqual(tokensThenSentences, Pipeline.Create(new TokenStage()).Version);
        Assert.NotEqual(tokensThenSentences, Pipeline.Create(new TokenStage(), new SentenceStage(), new FailingStage("x")).Version);
        Assert.NotEqual(Pipeline.Create(new TokenStage(), new SentenceStage(), new FailingStage("x")).Version, Pipeline.Create(new TokenStage(), new FailingStage("x"), new SentenceStage()).Version);
    }

    [Fact]
    public void Stops_before_the_next_stage_once_the_token_is_cancelled_and_reports_no_failure()
    {
        using var cancellation = new CancellationTokenSource();
        var after = new CountingStage(Layer.Tokens);
        var pipeline = Pipeline.Create(new TokenStage(), new CancellingStage(cancellation, Layer.Tokens), after);

        Assert.Throws<OperationCanceledException>(() => pipeline.TryAnnotate(Article(), cancellation.Token));
        Assert.Equal(0, after.Runs);
    }

    [Fact]
    public void Hands_the_token_to_a_stage_that_checks_it_between_sentences()
    {
        using var cancellation = new CancellationTokenSource();
        var stage = new PerSentenceStage(cancellation, cancelAfter: 2);
        var pipeline = Pipeline.Create(new TokenStage(), stage);

        Assert.Throws<OperationCanceledException>(() => pipeline.Annotate(Article("One two three four five six"), cancellation.Token));
        Assert.Equal(2, stage.Visited);
    }

    /// <summary>Splits on spaces: enough to test the pipeline without the real tokenizer.</summary>
    private sealed class TokenStage : IPipelineStage
    {
        public Layer Needs => Layer.None;

        public Layer Produces => Layer.Tokens;

        public Document Annotate(Document document)
        {
            var tokens = ImmutableArray.CreateBuilder<Token>();
            var start = 0;
            for (var i = 0; i <= document.Text.Length; i++)
            {
                if (i == document.Text.Length || document.Text[i] == ' ')
                {
                    tokens.Add(new Token(new TextSpan(start, i), TokenKind.Word));
                    start = i + 1;
                }
            }
            return document with { Tokens = tokens.ToImmutable() };
        }
    }

    private sealed class SentenceStage : IPipelineStage
    {
        public Layer Needs => Layer.Tokens;

        public Layer Produces => Layer.Sentences;

        public Document Annotate(Document document) =>
            document with { Sentences = [new Sentence(new TextSpan(0, document.Text.Length), 0)] };
    }

    private sealed class FailingStage(string trigger) : IPipelineStage
    {
        public Layer Needs => Layer.Tokens;

        public Layer Produces => Layer.None;

        public Document Annotate(Document document) =>
            document.Text.Contains(trigger, StringComparison.Ordinal) ? throw new FormatException("bad input") : document;
    }

    /// <summary>Takes each token as a sentence and checks the token before each, as the real stages do.</summary>
    private sealed class PerSentenceStage(CancellationTokenSource cancellation, int cancelAfter) : IPipelineStage
    {
        public int Visited { get; private set; }

        public Layer Needs => Layer.Tokens;

        public Layer Produces => Layer.None;

        public Document Annotate(Document document) => Annotate(document, CancellationToken.None);

        public Document Annotate(Document document, CancellationToken cancellationToken)
        {
            foreach (var _ in document.Tokens)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (++Visited == cancelAfter)
                {
                    cancellation.Cancel();
                }
            }
            return document;
        }
    }
}
