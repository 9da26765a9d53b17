using Dossier.Entities.Internal;

namespace Dossier.Entities.Tests.Internal;

public sealed class TagSetTests
{
    [Fact]
    public void Converts_iob1_to_bilou_and_back_to_iob2()
    {
        var bilou = TagSet.FromIob(["I-PER", "I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-MISC"]);

        Assert.Equal(["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-MISC"], TagSet.ToIob2(bilou));
        Assert.Equal(TagSet.Tag(0, TagSet.Begin), bilou[0]);
        Assert.Equal(TagSet.Tag(0, TagSet.Inside), bilou[1]);
        Assert.Equal(TagSet.Tag(0, TagSet.Last), bilou[2]);
        Assert.Equal(TagSet.Tag(2, TagSet.Unit), bilou[4]);
    }

    [Fact]
    public void Drops_types_outside_the_four()
    {
        Assert.Equal([TagSet.Outside, TagSet.Outside], TagSet.FromIob(["B-DATE", "I-DATE"]));
    }

    [Fact]
    public void Allows_only_transitions_that_keep_entities_well_formed()
    {
        var beginPer = TagSet.Tag(0, TagSet.Begin);
        var lastPer = TagSet.Tag(0, TagSet.Last);
        var insideOrg = TagSet.Tag(1, TagSet.Inside);

        Assert.True(TagSet.CanFollow(beginPer, lastPer));
        Assert.False(TagSet.CanFollow(beginPer, TagSet.Outside));
        Assert.False(TagSet.CanFollow(beginPer, insideOrg));
        Assert.False(TagSet.CanFollow(TagSet.Outside, lastPer));
        Assert.True(TagSet.CanFollow(lastPer, TagSet.Tag(1, TagSet.Unit)));
    }
}
