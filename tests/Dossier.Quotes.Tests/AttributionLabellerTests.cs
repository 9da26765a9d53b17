using System.Collections.Immutable;
using Dossier.Quotes.Internal;

namespace Dossier.Quotes.Tests;

public sealed class AttributionLabellerTests
{
    private static TextSpan Find(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);

    private static string Covered(ArticleView view, TextSpan span) => view.Text[span.Start..span.End];

    /// <summary>Twelve articles where "scolded" heads a cue between its source and content, after a sentence with no attribution.</summary>
    private static List<LabellerExample> Examples()
    {
        var examples = new List<LabellerExample>();
        string[] names = ["Lee", "Kim", "Park", "Choi", "Yoon", "Moon"];
        string[] objects = ["the ministers", "his rivals", "the council", "the bankers"];
        for (var i = 0; i < 12; i++)
        {
            var text = $"The weather was mild. {names[i % names.Length]} scolded {objects[i % objects.Length]} for the delay in the talks.";
            var view = Views.Of(text);
            var cue = Find(text, "scolded");
            var attribution = new Attribution([new TextSpan(cue.End + 1, text.Length - 1)], Find(text, names[i % names.Length]), cue);
            examples.AddRange(AttributionLabellerTrainer.Examples(view, [attribution], new LabellerFeatures(view)));
        }
        return examples;
    }

    [Fact]
    public void Nested_attributions_keep_the_inner_cue_and_source_and_cut_the_outer_content_around_them()
    {
        const string text = "Trump said Clinton claimed taxes rose.";
        var view = Views.Of(text);
        ImmutableArray<Attribution> gold =
        [
            new([Find(text, "Clinton claimed taxes rose")], Find(text, "Trump"), Find(text, "said")),
            new([Find(text, "taxes rose")], Find(text, "Clinton"), Find(text, "claimed")),
        ];
        var conflicts = 0;

        var tags = AttributionLabellerTrainer.Tag(view, gold, 0, view.Tokens.Length, count => conflicts += count);

        Assert.Equal(
            [RoleTag.SourceBegin, RoleTag.CueBegin, RoleTag.SourceBegin, RoleTag.CueBegin, RoleTag.ContentBegin, RoleTag.ContentInside, RoleTag.Outside],
            tags);
        Assert.Equal(4, conflicts);
    }

    [Fact]
    public void A_cue_takes_its_nearest_source_and_a_cue_left_without_content_takes_the_attribution_it_opens()
    {
        const string text = "Trump said Clinton claimed taxes rose.";
        var view = Views.Of(text);
        RoleTag[] tags = [RoleTag.SourceBegin, RoleTag.CueBegin, RoleTag.SourceBegin, RoleTag.CueBegin, RoleTag.ContentBegin, RoleTag.ContentInside, RoleTag.Outside];

        var found = new LabelledAttributions(view, new ContentSpans(view)).Read(0, view.Tokens.Length, tags);

        Assert.Equal(2, found.Count);
        Assert.Equal(["said", "claimed"], found.Select(q => Covered(view, q.Cue!.Value)).ToArray());
        Assert.Equal(["Trump", "Clinton"], found.Select(q => Covered(view, view.Span(q.SourceTokens.First, q.SourceTokens.End))).ToArray());
        Assert.Equal(["Clinton claimed taxes rose", "taxes rose"], found.Select(q => string.Join("|", q.Content.Select(span => Covered(view, span)))).ToArray());
        Assert.All(found, q => Assert.Equal(FoundBy.Labeller, q.By));
    }

    [Fact]
    public void An_inside_tag_never_opens_a_role()
    {
        var view = Views.Of("Lee scolded the ministers.");
        var features = new LabellerFeatures(view);
        Span<ulong> keys = stackalloc ulong[LabellerFeatures.MaxUnary];
        var insideCue = new HashSet<ulong>();
        for (var k = 0; k < view.Tokens.Length; k++)
        {
            foreach (var key in keys[..features.Unary(k, keys)])
            {
                insideCue.Add(AttributionLabeller.UnaryKey(key, (int)RoleTag.CueInside));
            }
        }
        var margins = new float[view.Tokens.Length];

        var tags = AttributionLabeller.Decode(features, 0, view.Tokens.Length, key => insideCue.Contains(key) ? 1f : 0f, margins);

        Assert.Equal([RoleTag.CueBegin, .. Enumerable.Repeat(RoleTag.CueInside, view.Tokens.Length - 1)], tags);
        Assert.All(margins, margin => Assert.True(margin > 0));
    }

    [Fact]
    public void A_labeller_trained_on_tagged_sentences_finds_a_new_cue_with_its_source_and_content()
    {
        var weights = AttributionLabellerTrainer.Train(Examples(), epochs: 5, seed: 1, epochDone: null);
        const string text = "The weather was mild. Ahn scolded the generals for the delay in the talks.";
        var view = Views.Of(text);
        var (first, end, _) = view.Sentences[1];

        var tags = AttributionLabeller.Decode(new LabellerFeatures(view), first, end, key => weights.GetValueOrDefault(key));
        var found = new LabelledAttributions(view, new ContentSpans(view)).Read(first, end, tags);

        var quote = Assert.Single(found);
        Assert.Equal("scolded", Covered(view, quote.Cue!.Value));
        Assert.Equal("Ahn", Covered(view, view.Span(quote.SourceTokens.First, quote.SourceTokens.End)));
        Assert.Equal("the generals for the delay in the talks", string.Join("|", quote.Content.Select(span => Covered(view, span))));
        Assert.All(AttributionLabeller.Decode(new LabellerFeatures(view), view.Sentences[0].First, view.Sentences[0].End, key => weights.GetValueOrDefault(key)), tag => Assert.Equal(RoleTag.Outside, tag));
    }

    [Fact]
    public void Training_gives_the_same_weights_for_the_same_seed()
    {
        var first = AttributionLabellerTrainer.Train(Examples(), epochs: 3, seed: 4, epochDone: null);
        var second = AttributionLabellerTrainer.Train(Examples(), epochs: 3, seed: 4, epochDone: null);

        Assert.Equal(first.OrderBy(e => e.Key).ToArray(), second.OrderBy(e => e.Key).ToArray());
    }
}
