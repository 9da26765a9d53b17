namespace Dossier.Core.Tests;

/// <summary>The overlap index the event and quote stages use instead of trying every span (the participant finder, unclaimed quotes).</summary>
public sealed class SpanCoverTests
{
    [Fact]
    public void Finds_a_long_span_that_starts_before_shorter_ones_nested_in_it()
    {
        var cover = new SpanCover([new TextSpan(0, 100), new TextSpan(40, 50)]);

        Assert.True(cover.Overlaps(new TextSpan(60, 70)));
        Assert.False(cover.Overlaps(new TextSpan(100, 110)));
    }

    [Fact]
    public void Spans_that_only_touch_do_not_overlap()
    {
        var cover = new SpanCover([new TextSpan(10, 20)]);

        Assert.False(cover.Overlaps(new TextSpan(0, 10)));
        Assert.False(cover.Overlaps(new TextSpan(20, 30)));
        Assert.True(cover.Overlaps(new TextSpan(19, 30)));
    }

    [Fact]
    public void An_empty_cover_overlaps_nothing()
    {
        Assert.False(new SpanCover([]).Overlaps(new TextSpan(0, 10)));
    }

    [Fact]
    public void Answers_as_checking_every_span_would()
    {
        var random = new Random(7);
        var spans = Enumerable.Range(0, 200).Select(_ => Span(random)).ToList();
        var cover = new SpanCover(spans);
        for (var q = 0; q < 2000; q++)
        {
            var query = Span(random);
            Assert.Equal(spans.Exists(span => span.Overlaps(query)), cover.Overlaps(query));
        }
    }

    private static TextSpan Span(Random random)
    {
        var start = random.Next(0, 5000);
        return new TextSpan(start, start + random.Next(0, 40));
    }
}
