namespace Dossier.Entities.Tests;

public sealed class EntityLinkerTests
{
    /// <summary>A document whose person mentions are the given names, in order, as a recognizer would mark them.</summary>
    private static (long, Document) Article(long id, params string[] people)
    {
        var text = string.Join(" met ", people) + ".";
        var mentions = new List<EntityMention>();
        var start = 0;
        foreach (var name in people)
        {
            start = text.IndexOf(name, start, StringComparison.Ordinal);
            mentions.Add(new EntityMention(new TextSpan(start, start + name.Length), EntityType.Person, 0.9));
            start += name.Length;
        }
        return (id, new Document(text, new DocumentSource($"{id}.txt"), null) { Mentions = [.. mentions] });
    }

    [Fact]
    public void Joins_spellings_and_surnames_of_one_person_across_articles()
    {
        var entities = EntityLinker.Link([
            Article(1, "Yoon Suk-yeol", "Yoon"),
            Article(2, "Yoon Suk Yeol", "Yoon"),
            Article(3, "Yoon Suk Yeol", "Kishida", "Fumio Kishida")]);

        var yoon = entities[0];
        Assert.Equal("Yoon Suk Yeol", yoon.Name);
        Assert.Equal(["Yoon", "Yoon Suk-yeol"], yoon.Variants.ToArray());
        Assert.Equal(5, yoon.Mentions);
        Assert.Equal([1L, 2L, 3L], yoon.Documents.ToArray());
        Assert.Equal(("Fumio Kishida", 2), (entities[1].Name, entities[1].Mentions));
    }

    [Fact]
    public void Gives_a_shared_surname_to_the_one_bearer_in_its_own_article()
    {
        var entities = EntityLinker.Link([
            Article(1, "Lee Jae-myoung", "Lee"),
            Article(2, "Lee Won-deog", "Lee", "Lee")]);

        Assert.Equal(3, entities.Single(e => e.Name == "Lee Won-deog").Mentions);
        Assert.Equal(2, entities.Single(e => e.Name == "Lee Jae-myoung").Mentions);
    }

    [Fact]
    public void Keeps_a_short_name_apart_when_it_could_be_two_people()
    {
        var entities = EntityLinker.Link([
            Article(1, "Lee Jae-myoung"),
            Article(2, "Lee Won-deog"),
            Article(3, "Lee")]);

        Assert.Contains(entities, e => e.Name == "Lee" && e.Variants.IsEmpty);
        Assert.Equal(3, entities.Length);
    }

    [Fact]
    public void Does_not_join_different_types_of_the_same_name()
    {
        var document = new Document("Seoul said Seoul.", new DocumentSource("a.txt"), null)
        {
            Mentions = [new EntityMention(new TextSpan(0, 5), EntityType.Location, 0.9), new EntityMention(new TextSpan(11, 16), EntityType.Organization, 0.6)],
        };

        var entities = EntityLinker.Link([(1L, document)]);

        Assert.Equal(2, entities.Length);
    }
}
