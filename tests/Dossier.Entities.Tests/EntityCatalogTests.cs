namespace Dossier.Entities.Tests;

public sealed class EntityCatalogTests
{
    private static Document With(string text, params (string Name, EntityType Type)[] mentions)
    {
        var list = new List<EntityMention>();
        var from = 0;
        foreach (var (name, type) in mentions)
        {
            var start = text.IndexOf(name, from, StringComparison.Ordinal);
            list.Add(new EntityMention(TextSpan.FromLength(start, name.Length), type, 0.9));
            from = start + name.Length;
        }
        return new Document(text, new DocumentSource("t"), null) { Mentions = [.. list], Layers = Layer.Entities };
    }

    [Fact]
    public void Counts_mentions_per_name_and_type_and_lists_the_documents()
    {
        var first = With("Yoon met Kishida. Yoon left.", ("Yoon", EntityType.Person), ("Kishida", EntityType.Person), ("Yoon", EntityType.Person));
        var second = With("Kishida spoke in Tokyo.", ("Kishida", EntityType.Person), ("Tokyo", EntityType.Location));

        var catalog = EntityCatalog.Build([(7, first), (3, second)]);

        Assert.Equal(
            [
                new CatalogEntry("Kishida", EntityType.Person, 2, [3, 7]),
                new CatalogEntry("Yoon", EntityType.Person, 2, [7]),
                new CatalogEntry("Tokyo", EntityType.Location, 1, [3]),
            ],
            catalog,
            (a, b) => a.Name == b.Name && a.Type == b.Type && a.Mentions == b.Mentions && a.Documents.SequenceEqual(b.Documents));
    }

    [Fact]
    public void Keeps_one_name_with_two_types_apart()
    {
        var document = With("Washington said Washington would.", ("Washington", EntityType.Location), ("Washington", EntityType.Person));

        var catalog = EntityCatalog.Build([(1, document)]);

        Assert.Equal(2, catalog.Length);
    }
}
