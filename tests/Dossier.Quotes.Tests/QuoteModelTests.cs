using Dossier.Nlp;
using Dossier.Quotes.Internal;

namespace Dossier.Quotes.Tests;

public sealed class QuoteModelTests
{
    private static readonly Pipeline Base = Pipeline.Create([.. NlpPipeline.BaseStages()]);

    /// <summary>A corpus where "grumbled" heads every attribution; the lexicon lacks nothing here, the model must learn it.</summary>
    private static List<AttributionDocument> Corpus()
    {
        var documents = new List<AttributionDocument>();
        string[] names = ["Lee", "Kim", "Park", "Choi", "Yoon", "Moon"];
        for (var i = 0; i < 24; i++)
        {
            var name = names[i % names.Length];
            var text = $"{name} grumbled that the talks had failed again. The weather was mild in the capital.";
            var cue = new TextSpan(name.Length + 1, name.Length + 9);
            var content = new TextSpan(cue.End + 1, text.IndexOf('.', StringComparison.Ordinal));
            documents.Add(new AttributionDocument($"doc{i}", text, [new Attribution([content], new TextSpan(0, name.Length), cue)]));
        }
        return documents;
    }

    [Fact]
    public void A_trained_model_finds_cues_the_lexicon_lacks()
    {
        var model = QuoteTrainer.Train(Corpus(), Base.Annotate, epochs: 5);
        var extractor = Pipeline.Create([.. NlpPipeline.BaseStages(), new QuoteExtractor(model.WithThresholds(new QuoteThresholds(0, -100)))]);

        var document = extractor.Annotate(new Document("Ahn grumbled that the budget was late.", new DocumentSource("t"), published: null));

        Assert.Contains(document.Quotes, quote => quote.Cue is { } cue && document[cue] == "grumbled"
            && document[quote.Source!.Value] == "Ahn" && document[quote.Content[0]] == "that the budget was late");
    }

    [Fact]
    public void Training_is_repeatable_and_a_saved_model_loads_unchanged()
    {
        var first = QuoteTrainer.Train(Corpus(), Base.Annotate, epochs: 3, seed: 7).WithThresholds(new QuoteThresholds(1.5f, -2));
        var second = QuoteTrainer.Train(Corpus(), Base.Annotate, epochs: 3, seed: 7).WithThresholds(new QuoteThresholds(1.5f, -2));
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        first.Save(a);
        second.Save(b);
        Assert.Equal(a.ToArray(), b.ToArray());

        a.Position = 0;
        var loaded = QuoteModel.Load(a);
        Assert.Equal(first.Thresholds, loaded.Thresholds);
        Assert.Equal(first.FeatureCount, loaded.FeatureCount);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Throws<InvalidDataException>(() => QuoteModel.Load(stream));
    }

    [Fact]
    public void A_model_of_the_format_before_the_span_tagger_is_refused_with_the_retrain_message()
    {
        using var stream = new MemoryStream();
        new Learning.ModelFile(0x4C444D51, 2, "quote", "quotes").Write(stream, writer =>
        {
            writer.Write(0f);
            writer.Write(0f);
            for (var table = 0; table < 3; table++)
            {
                writer.Write(0);
            }
        });
        stream.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => QuoteModel.Load(stream));
        Assert.Contains("retrain it with dossier train quotes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_ships_a_model()
    {
        Assert.NotNull(QuoteModel.Default);
        Assert.True(QuoteModel.Default!.FeatureCount > 1000);
    }

    [Theory]
    [InlineData("Schneiderman isn’t saying whether the law was broken.", "n’t")]
    [InlineData("Schneiderman isn't saying whether the law was broken.", "n't")]
    [InlineData("Schneiderman has said that the law was broken.", "has")]
    public void The_cue_model_never_scores_an_auxiliary_or_negation_as_a_head(string text, string filler)
    {
        var view = new ArticleView(Base.Annotate(new Document(text, new DocumentSource("t"), published: null)));

        var scores = AttributionFinder.ScoreCues(view, QuoteModel.Default);

        var token = Array.IndexOf(view.Lower, filler);
        Assert.True(token >= 0);
        Assert.Equal(float.NegativeInfinity, scores[token]);
    }

    [Theory]
    [InlineData("The court blocked the sale, citing a threat to public health.", true)]
    [InlineData("Yonhap reported the talks, citing a deputy presidential spokesperson.", false)]
    [InlineData("The paper reported the talks, citing Mr. Lee.", false)]
    public void Citing_heads_a_cue_unless_it_names_a_person(string text, bool scored)
    {
        var view = new ArticleView(Base.Annotate(new Document(text, new DocumentSource("t"), published: null)));

        var scores = AttributionFinder.ScoreCues(view, QuoteModel.Default);

        Assert.Equal(scored, float.IsFinite(scores[Array.IndexOf(view.Lower, "citing")]));
    }
}
