using Dossier.Entities.Internal;

namespace Dossier.Entities.Tests.Internal;

public sealed class GazetteerTests
{
    /// <summary>Token hashes as the feature extractor makes them: a glued possessive is left out.</summary>
    private static ulong[] Hashes(params string[] tokens) => [.. tokens.Select(t => Hashing.Normalized(t.AsSpan(0, Possessive.CoreLength(t))))];

    private static bool Has(ulong bits, GazetteerList list, int position) => (bits & (1UL << (((int)list * 4) + position))) != 0;

    [Fact]
    public void Marks_begin_inside_last_and_unit_positions_of_matches_case_insensitively()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add(["Asan", "Institute", "for", "Policy", "Studies"], GazetteerList.TrainingOrganization);
        gazetteer.Add(["Seoul"], GazetteerList.City);
        var bits = new ulong[7];

        gazetteer.Mark(Hashes("at", "the", "ASAN", "Institute", "for", "Policy", "Studies"), bits);

        Assert.Equal(0UL, bits[0] | bits[1]);
        Assert.True(Has(bits[2], GazetteerList.TrainingOrganization, 0));
        Assert.True(Has(bits[4], GazetteerList.TrainingOrganization, 1));
        Assert.True(Has(bits[6], GazetteerList.TrainingOrganization, 2));
        Assert.False(Has(bits[6], GazetteerList.City, 3));
    }

    [Fact]
    public void Matches_across_a_possessive_whether_split_off_or_glued_with_a_curly_apostrophe()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add(GazetteerSources.Tokenize("Prime Minister's Office"), GazetteerList.Organization);
        var organizations = new List<(int, int)>();

        gazetteer.Mark(Hashes("Prime", "Minister", "'s", "Office"), new ulong[4], organizations);
        gazetteer.Mark(Hashes("Prime", "Minister’s", "Office"), new ulong[3], organizations);

        Assert.Equal([(0, 4), (0, 3)], organizations);
    }

    [Fact]
    public void Tokenizes_list_entries_the_way_news_text_is_tokenized()
    {
        Assert.Equal(["Prime", "Minister", "'s", "Office"], GazetteerSources.Tokenize("Prime Minister's Office"));
        Assert.Equal(["U.S.", "Virgin", "Islands"], GazetteerSources.Tokenize("U.S. Virgin Islands"));
        Assert.Equal(["Guinea-Bissau"], GazetteerSources.Tokenize("Guinea-Bissau"));
    }

    [Fact]
    public void Names_the_lists_that_hold_exactly_a_whole_name_and_none_for_its_first_words()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add(GazetteerSources.Tokenize("South Korea"), GazetteerList.TrainingLocation);
        gazetteer.Add(GazetteerSources.Tokenize("South Koreans"), GazetteerList.Nationality);
        gazetteer.Add(GazetteerSources.Tokenize("Seoul"), GazetteerList.City);

        Assert.Equal(1 << (int)GazetteerList.TrainingLocation, gazetteer.ListsOf(GazetteerSources.Tokenize("SOUTH KOREA")));
        Assert.Equal(1 << (int)GazetteerList.Nationality, gazetteer.ListsOf(GazetteerSources.Tokenize("South Koreans")));
        Assert.Equal(0, gazetteer.ListsOf(GazetteerSources.Tokenize("South")));
        Assert.Equal(0, gazetteer.ListsOf(GazetteerSources.Tokenize("Seoul-Tokyo")));
        Assert.Equal(0, gazetteer.ListsOf([]));
    }
}
