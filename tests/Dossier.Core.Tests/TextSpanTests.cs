namespace Dossier.Core.Tests;

public sealed class TextSpanTests
{
    [Fact]
    public void Covers_half_open_range_of_utf16_code_units()
    {
        const string text = "Yoon met Kishida.";
        var span = new TextSpan(9, 16);

        Assert.Equal("Kishida", span.Of(text));
        Assert.Equal(7, span.Length);
        Assert.True(span.Contains(9));
        Assert.False(span.Contains(16));
    }

    [Fact]
    public void Rejects_an_end_before_its_start()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 4));
    }

    [Fact]
    public void Adjacent_spans_do_not_overlap()
    {
        Assert.False(new TextSpan(0, 4).Overlaps(new TextSpan(4, 8)));
        Assert.True(new TextSpan(0, 5).Overlaps(new TextSpan(4, 8)));
        Assert.Equal(new TextSpan(0, 8), new TextSpan(0, 5).Union(new TextSpan(4, 8)));
    }

    [Fact]
    public void Orders_by_start_then_end()
    {
        var spans = new[] { new TextSpan(4, 9), new TextSpan(0, 3), new TextSpan(4, 6) };

        Assert.Equal([new TextSpan(0, 3), new TextSpan(4, 6), new TextSpan(4, 9)], spans.Order());
    }

    [Fact]
    public void Counts_characters_outside_the_basic_plane_as_two_units()
    {
        const string text = "𝕏 said";

        Assert.Equal("said", new TextSpan(3, 7).Of(text));
    }
}
