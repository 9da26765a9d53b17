namespace Dossier.Core.Tests;

public sealed class SortedSearchTests
{
    private static readonly int[] Starts = [3, 5, 5, 9];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 3)]
    [InlineData(10, 4)]
    public void Finds_the_first_item_not_before_the_key(int key, int expected)
    {
        Assert.Equal(expected, SortedSearch.PartitionPoint<int>(Starts, start => start < key));
    }

    [Fact]
    public void An_empty_list_gives_zero()
    {
        Assert.Equal(0, SortedSearch.PartitionPoint<int>([], start => start < 1));
    }
}
