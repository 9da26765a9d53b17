using Dossier.Nlp;
using Dossier.Quotes.Internal;

namespace Dossier.Quotes.Tests;

public sealed class SpanTaggerTests
{
    private static readonly Pipeline Base = Pipeline.Create([.. NlpPipeline.BaseStages()]);

    private static ArticleView View(string text) => new(Base.Annotate(new Document(text, new DocumentSource("t"), published: null)));

    /// <summary>Twelve articles where the cue "scolded" sits between its source and its content, with a distractor sentence.</summary>
    private static List<SpanExample> Examples()
    {
        var examples = new List<SpanExample>();
        string[] names = ["Lee", "Kim", "Park", "Choi", "Yoon", "Moon"];
        string[] objects = ["the ministers", "his rivals", "the council", "the bankers"];
        for (var i = 0; i < 12; i++)
        {
            var name = names[i % names.Length];
            var text = $"The weather was mild. {name} scolded {objects[i % objects.Length]} for the delay in the talks.";
            var view = View(text);
            var cue = new TextSpan(text.IndexOf("scolded", StringComparison.Ordinal), text.IndexOf("scolded", StringComparison.Ordinal) + 7);
            var content = new TextSpan(cue.End + 1, text.Length - 1);
            var source = new TextSpan(cue.Start - name.Length - 1, cue.Start - 1);
            examples.AddRange(SpanTaggerTrainer.Examples(view, [new Attribution([content], source, cue)], new float[view.Tokens.Length]));
        }
        return examples;
    }

    [Fact]
    public void A_tagger_trained_on_gold_cues_reads_the_source_and_content_around_a_new_one()
    {
        var weights = SpanTaggerTrainer.Train(Examples(), epochs: 5, seed: 1, epochDone: null);
        var view = View("Ahn scolded the generals for the delay in the talks.");
        var proposer = new SpanProposer(view, new ContentSpans(view), key => weights.GetValueOrDefault(key));
        var (first, end, _) = view.Sentences[0];

        var quote = proposer.Propose(first, end, head: 1, cueScore: 0f);

        Assert.NotNull(quote);
        Assert.Equal("Ahn", view.Text[view.Span(quote.SourceTokens.First, quote.SourceTokens.End).Start..view.Span(quote.SourceTokens.First, quote.SourceTokens.End).End]);
        Assert.Equal("the generals for the delay in the talks", string.Join("|", quote.Content.Select(span => view.Text[span.Start..span.End])));
        Assert.Equal(FoundBy.Tagger, quote.By);
    }

    [Fact]
    public void Training_gives_the_same_weights_for_the_same_seed()
    {
        var first = SpanTaggerTrainer.Train(Examples(), epochs: 3, seed: 4, epochDone: null);
        var second = SpanTaggerTrainer.Train(Examples(), epochs: 3, seed: 4, epochDone: null);

        Assert.Equal(first.OrderBy(e => e.Key).ToArray(), second.OrderBy(e => e.Key).ToArray());
    }
}
