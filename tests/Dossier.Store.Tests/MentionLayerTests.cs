using Dossier.Nlp;

namespace Dossier.Store.Tests;

/// <summary>The entity layer (migration 0003) on every engine of <see cref="TestDatabase.Engines"/>.</summary>
public sealed class MentionLayerTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create(NlpPipeline.BaseStages());

    public static TheoryData<string> Engines() => [.. TestDatabase.Engines];

    /// <summary>A document with mentions set by hand, as the entity recognizer would set them.</summary>
    private static Document WithMentions(string text, params (string Name, EntityType Type, double Confidence)[] mentions)
    {
        var document = Pipeline.Annotate(new Document(text, new DocumentSource("a.txt"), new DateOnly(2022, 11, 2)));
        var list = mentions.Select(m => new EntityMention(
            TextSpan.FromLength(text.IndexOf(m.Name, StringComparison.Ordinal), m.Name.Length), m.Type, m.Confidence));
        return document with { Mentions = [.. list], Layers = document.Layers | Layer.Entities };
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Round_trips_entity_mentions_with_span_type_and_confidence(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var document = WithMentions("Taro Aso met President Yoon Suk-yeol in Seoul.",
            ("Taro Aso", EntityType.Person, 0.98), ("Yoon Suk-yeol", EntityType.Person, 0.75), ("Seoul", EntityType.Location, 1.0));

        var saved = await store.SaveAsync(document);
        var read = (await store.GetDocumentAsync(saved.Id))!.Document;

        Assert.True(read.Layers.HasFlag(Layer.Entities));
        Assert.Equal(document.Mentions.ToArray(), read.Mentions.ToArray());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Reads_every_document_with_its_mentions_alone_when_only_they_are_asked_for(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var document = WithMentions("Taro Aso met President Yoon Suk-yeol in Seoul.", ("Taro Aso", EntityType.Person, 0.98), ("Seoul", EntityType.Location, 1.0));
        await store.SaveAsync(document);

        var read = Assert.Single(await StoreReads.AllAsync(store, Layer.Entities, default)).Document;

        Assert.Equal(Layer.Entities, read.Layers);
        Assert.Equal(document.Text, read.Text);
        Assert.Equal(document.Mentions.ToArray(), read.Mentions.ToArray());
        Assert.Empty(read.Tokens);
        Assert.Empty(read.Sentences);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Reads_no_mentions_for_a_document_stored_without_the_entity_layer(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var document = Pipeline.Annotate(new Document("Seoul says Tokyo must apologise.", new DocumentSource("b.txt"), null));

        var saved = await store.SaveAsync(document);
        var read = (await store.GetDocumentAsync(saved.Id))!.Document;

        Assert.False(read.Layers.HasFlag(Layer.Entities));
        Assert.Empty(read.Mentions);
    }
}
