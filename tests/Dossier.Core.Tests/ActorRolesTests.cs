namespace Dossier.Core.Tests;

public sealed class ActorRolesTests
{
    private static readonly ActorRole President = new("President", null, RoleTense.Current, new TextSpan(0, 9));
    private static readonly ActorRole SouthKoreanPresident = new("president", "South Korean", RoleTense.Current, new TextSpan(20, 42));

    [Fact]
    public void A_role_with_an_affiliation_takes_the_place_of_the_same_title_without_one()
    {
        var roles = new List<ActorRole> { President };
        ActorRoles.Merge(roles, SouthKoreanPresident);
        Assert.Equal([SouthKoreanPresident], roles);
    }

    [Fact]
    public void A_bare_title_after_the_same_title_with_an_affiliation_adds_nothing()
    {
        var roles = new List<ActorRole> { SouthKoreanPresident };
        ActorRoles.Merge(roles, President);
        Assert.Equal([SouthKoreanPresident], roles);
    }

    [Fact]
    public void Former_roles_and_other_affiliations_are_roles_of_their_own()
    {
        var former = President with { Tense = RoleTense.Former };
        var other = SouthKoreanPresident with { Affiliation = "Kobe University" };
        var roles = new List<ActorRole> { SouthKoreanPresident };
        ActorRoles.Merge(roles, former);
        ActorRoles.Merge(roles, other);
        Assert.Equal([SouthKoreanPresident, former, other], roles);
    }
}
