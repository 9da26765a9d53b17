namespace Dossier.Events.Tests;

public sealed class RankedTimelineTests
{
    [Fact]
    public void Reads_the_target_and_each_line_with_its_coreferent_mentions_and_writes_them_back()
    {
        const string text = "iTunes store\n0\tXXXX-XX-XX\t4954-3-breach\n1\t2003-04-28\t10718-4-launched\t11778-2-launch\n";

        var timeline = RankedTimeline.Parse(text);

        Assert.Equal("iTunes store", timeline.Target);
        Assert.Equal([0, 1], timeline.Lines.Select(l => l.Rank).ToArray());
        Assert.Equal(["10718-4-launched", "11778-2-launch"], timeline.Lines[1].Events.ToArray());
        Assert.Equal(text, timeline.Write());
    }

    [Fact]
    public void A_line_without_a_rank_is_a_format_error_that_names_the_line()
    {
        var error = Assert.Throws<FormatException>(() => RankedTimeline.Parse("iPod\n1\t2006-01\t4678-5-use\nfirst\t2006\t4678-9-sold"));

        Assert.Contains("Line 3", error.Message, StringComparison.Ordinal);
    }
}
