namespace Dossier.Entities.Tests;

public sealed class EntityLinkerTests
{
    /// <summary>A document whose person mentions are the given names, in order, as a recognizer would mark them.</summary>
    private static (long, Document) Article(long id, params string[] people) =>
        Article(id, null, string.Join(" met ", people) + ".", [.. people.Select(p => (p, EntityType.Person))]);

    /// <summary>A document with the given text, whose mentions are the given names found in text order.</summary>
    private static (long, Document) Article(long id, DateOnly? date, string text, params (string Name, EntityType Type)[] names)
    {
        var mentions = new List<EntityMention>();
        var start = 0;
        foreach (var (name, type) in names)
        {
            start = text.IndexOf(name, start, StringComparison.Ordinal);
            mentions.Add(new EntityMention(new TextSpan(start, start + name.Length), type, 0.9));
            start += name.Length;
        }
        return (id, new Document(text, new DocumentSource($"{id}.txt"), date) { Mentions = [.. mentions] });
    }

    [Fact]
    public void Joins_spellings_and_surnames_of_one_person_across_articles()
    {
        var entities = EntityLinker.Link([
            Article(1, "Yoon Suk-yeol", "Yoon"),
            Article(2, "Yoon Suk Yeol", "Yoon"),
            Article(3, "Yoon Suk Yeol", "Kishida", "Fumio Kishida")]).Entities;

        var yoon = entities[0];
        Assert.Equal("Yoon Suk Yeol", yoon.Name);
        Assert.Equal(["Yoon", "Yoon Suk-yeol"], yoon.Variants.ToArray());
        Assert.Equal(5, yoon.Mentions);
        Assert.Equal([1L, 2L, 3L], yoon.Documents.ToArray());
        Assert.Equal(("Fumio Kishida", 2), (entities[1].Name, entities[1].Mentions));
    }

    [Fact]
    public void Names_a_person_by_the_full_spelling_written_most_often_whatever_its_hyphens()
    {
        var entities = EntityLinker.Link([
            Article(1, "Yoon Suk-yeol", "Yoon Suk-yeol"),
            Article(2, "Yoon Suk Yeol")]).Entities;

        Assert.Equal(("Yoon Suk-yeol", 3), (entities.Single().Name, entities.Single().Mentions));
    }

    [Fact]
    public void Breaks_a_tie_between_spellings_by_the_earliest_article_date_not_by_store_order()
    {
        var entities = EntityLinker.Link([
            Article(1, new DateOnly(2023, 2, 28), "Yoon Suk Yeol spoke.", ("Yoon Suk Yeol", EntityType.Person)),
            Article(2, new DateOnly(2022, 11, 2), "Yoon Suk-yeol spoke.", ("Yoon Suk-yeol", EntityType.Person)),
            Article(3, null, "Yoon Suk Yeol spoke.", ("Yoon Suk Yeol", EntityType.Person)),
            Article(4, null, "Yoon Suk-yeol spoke.", ("Yoon Suk-yeol", EntityType.Person))]).Entities;

        Assert.Equal("Yoon Suk-yeol", entities.Single().Name);
        Assert.Equal(["Yoon Suk Yeol"], entities.Single().Variants.ToArray());
    }

    [Fact]
    public void Gives_a_shared_surname_to_the_one_bearer_in_its_own_article()
    {
        var entities = EntityLinker.Link([
            Article(1, "Lee Jae-myoung", "Lee"),
            Article(2, "Lee Won-deog", "Lee", "Lee")]).Entities;

        Assert.Equal(3, entities.Single(e => e.Name == "Lee Won-deog").Mentions);
        Assert.Equal(2, entities.Single(e => e.Name == "Lee Jae-myoung").Mentions);
    }

    [Fact]
    public void Keeps_a_short_name_apart_when_it_could_be_two_people()
    {
        var entities = EntityLinker.Link([
            Article(1, "Lee Jae-myoung"),
            Article(2, "Lee Won-deog"),
            Article(3, "Lee")]).Entities;

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

        var entities = EntityLinker.Link([(1L, document)]).Entities;

        Assert.Equal(2, entities.Length);
    }

    [Fact]
    public void Joins_a_country_written_with_and_without_dots_and_in_full()
    {
        var entities = EntityLinker.Link([
            Article(1, null, "The U.S. and the United States.", ("U.S.", EntityType.Location), ("United States", EntityType.Location)),
            Article(2, null, "The US, Britain and the U.K.", ("US", EntityType.Location), ("Britain", EntityType.Location), ("U.K.", EntityType.Location))]).Entities;

        Assert.Equal(
            [("United States", "U.S., US", 3), ("Britain", "U.K.", 2)],
            entities.Select(e => (e.Name, string.Join(", ", e.Variants), e.Mentions)));
    }

    [Fact]
    public void Joins_a_known_acronym_that_no_article_defines()
    {
        var entities = EntityLinker.Link([
            Article(1, null, "A Group of Seven meeting.", ("Group of Seven", EntityType.Organization)),
            Article(2, null, "The G-7 summit and the G7.", ("G-7", EntityType.Organization), ("G7", EntityType.Organization))]).Entities;

        Assert.Equal(("Group of Seven", "G-7, G7", 3), (entities.Single().Name, string.Join(", ", entities.Single().Variants), entities.Single().Mentions));
    }

    [Fact]
    public void Joins_an_acronym_defined_in_brackets_to_its_name_in_that_article_and_in_others()
    {
        const string Defined = "Jets fired north of the Northern Limit Line (NLL), and the NLL held.";
        var entities = EntityLinker.Link([
            Article(1, null, Defined, ("Northern Limit Line", EntityType.Organization), ("NLL", EntityType.Organization), ("NLL", EntityType.Organization)),
            Article(2, null, "Boats crossed the NLL.", ("NLL", EntityType.Organization))]).Entities;

        Assert.Equal(("Northern Limit Line", "NLL", 4), (entities.Single().Name, string.Join(", ", entities.Single().Variants), entities.Single().Mentions));
    }

    [Fact]
    public void Keeps_an_acronym_apart_when_the_store_defines_it_twice_and_its_article_not_at_all()
    {
        var entities = EntityLinker.Link([
            Article(1, null, "The Korea Institute for Defense Analyses (KIDA) said.", ("Korea Institute for Defense Analyses", EntityType.Organization), ("KIDA", EntityType.Organization)),
            Article(2, null, "The Korea Institute of Dance Arts (KIDA) said.", ("Korea Institute of Dance Arts", EntityType.Organization), ("KIDA", EntityType.Organization)),
            Article(3, null, "KIDA said.", ("KIDA", EntityType.Organization))]).Entities;

        Assert.Equal(3, entities.Length);
        Assert.Contains(entities, e => e.Name == "KIDA" && e.Documents.SequenceEqual([3L]));
    }

    [Fact]
    public void Finds_the_entity_each_mention_joined()
    {
        var links = EntityLinker.Link([Article(1, "Yoon Suk-yeol", "Yoon"), Article(2, "Yoon Suk Yeol")]);

        Assert.Equal("Yoon Suk-yeol", links.Find(1, new TextSpan(18, 22))?.Name);
        Assert.Same(links.Find(1, new TextSpan(18, 22)), links.Find(2, new TextSpan(0, 13)));
        Assert.Null(links.Find(2, new TextSpan(0, 4)));
    }

    [Fact]
    public void Joins_a_compass_word_alone_to_the_one_place_its_article_names_with_it()
    {
        var entities = EntityLinker.Link([
            Article(1, null, "North Korea fired; South Korea replied, and the North’s launches angered the South.",
                ("North Korea", EntityType.Location), ("South Korea", EntityType.Location), ("North", EntityType.Location), ("South", EntityType.Location))]).Entities;

        Assert.Equal([("North Korea", 2, "North"), ("South Korea", 2, "South")],
            entities.Select(e => (e.Name, e.Mentions, string.Join(",", e.Variants))).Order().ToArray());
    }

    [Fact]
    public void Keeps_a_compass_word_apart_when_it_could_begin_two_places_or_is_a_person()
    {
        var entities = EntityLinker.Link([
            Article(1, null, "North Korea and North Carolina: the North objected.",
                ("North Korea", EntityType.Location), ("North Carolina", EntityType.Location), ("North", EntityType.Location)),
            Article(2, null, "Oliver North met North Korea's envoy; North said no.",
                ("Oliver North", EntityType.Person), ("North Korea", EntityType.Location), ("North", EntityType.Person))]).Entities;

        Assert.Contains(entities, e => (e.Name, e.Type, e.Mentions) == ("North", EntityType.Location, 1));
        Assert.Contains(entities, e => (e.Name, e.Type, e.Mentions) == ("Oliver North", EntityType.Person, 2));
        Assert.Contains(entities, e => (e.Name, e.Mentions) == ("North Korea", 2));
    }

    [Fact]
    public void Lists_the_seeds_North_and_South_under_the_Koreas_not_as_places_of_their_own()
    {
        var pipeline = Pipeline.Create([.. Dossier.Nlp.NlpPipeline.BaseStages(), SharedModel.Recognizer]);
        var text = File.ReadAllText(Dossier.Testing.RepoPaths.Sample("000"));
        // The seed's first line is the date line that ingestion strips.
        var document = pipeline.Annotate(new Document(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..], new DocumentSource("000.txt"), new DateOnly(2022, 11, 2)));

        var links = EntityLinker.Link([(1, document)]);

        Assert.DoesNotContain(links.Entities, e => e.Type == EntityType.Location && e.Name is "North" or "South");
        var bare = document.Mentions.Where(m => document[m.Span] is "North" or "South").ToList();
        Assert.Equal(["North Korea", "South Korea"], bare.Select(m => links.Find(1, m.Span)!.Name).Order().ToArray());
    }
}
