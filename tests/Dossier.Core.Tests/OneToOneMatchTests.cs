using Dossier.Evaluation;

namespace Dossier.Core.Tests;

public sealed class OneToOneMatchTests
{
    [Fact]
    public void Takes_the_best_pair_first_and_uses_each_side_once()
    {
        double?[,] scores =
        {
            { 0.6, 0.9 },
            { null, 0.8 },
        };

        var pairs = OneToOneMatch.Pairs(2, 2, (g, p) => scores[g, p]);

        // Gold 0 takes predicted 1 (0.9), so gold 1 cannot have it, and it may not pair with predicted 0.
        Assert.Equal([(0, 1)], pairs);
    }

    [Fact]
    public void Pairs_nothing_when_nothing_may_be_paired()
    {
        Assert.Empty(OneToOneMatch.Pairs(3, 0, (_, _) => 1.0));
        Assert.Empty(OneToOneMatch.Pairs(2, 2, (_, _) => null));
    }
}
