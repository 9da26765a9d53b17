using Dossier.Nlp;

namespace Dossier.Store.Tests;

/// <summary>
/// The version of the pipeline that made a document's layers, and replacing those layers when a newer
/// pipeline annotates the stored text again, on every engine (see <see cref="StoreContractTests"/>).
/// </summary>
public sealed class ReannotationStoreTests
{
    private const string Text = "“We are ready,” said Kan Kimura on Wednesday. Kimura met Aso.";

    private static readonly Pipeline Pipeline = Pipeline.Create(NlpPipeline.BaseStages());

    /// <summary>Every table of a layer the base pipeline does not make.</summary>
    private static readonly string[] RicherTables =
        ["mentions", "time_expressions", "actors", "actor_mentions", "actor_roles", "quotes", "quote_spans", "events", "event_participants"];

    public static TheoryData<string> Engines() => [.. TestDatabase.Engines];

    private static Document Bare() => new(Text, new DocumentSource("a.txt", "Kimura ready", "Example News"), new DateOnly(2022, 11, 2));

    /// <summary>The text with a row in every layer table, as an older pipeline of other stages might have stored it.</summary>
    private static Document Rich()
    {
        var annotated = Pipeline.Annotate(Bare());
        var kimura = new Actor("Kan Kimura", ActorKind.Person, [new TextSpan(21, 31), new TextSpan(46, 52)], [new ActorRole("professor", null, RoleTense.Current, new TextSpan(21, 31))]);
        return annotated with
        {
            Mentions = [new EntityMention(new TextSpan(21, 31), EntityType.Person, 0.9)],
            TimeExpressions = [new TimeExpression(new TextSpan(35, 44), TimexType.Date, "2022-11-02")],
            Actors = [kimura],
            Quotes = [new Quote([new TextSpan(0, 15)], new TextSpan(16, 20), new TextSpan(21, 31), QuoteKind.Direct, 0)],
            Events = [new Event(new TextSpan(53, 56), EventClass.Meeting, new TextSpan(46, 61), null, [new EventParticipant(new TextSpan(46, 52), ParticipantRole.Agent, 0)])],
            Layers = annotated.Layers | Layer.Entities | Layer.TimeExpressions | Layer.Actors | Layer.Quotes | Layer.Events,
            AnnotationVersion = "older",
        };
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Records_the_version_of_the_pipeline_that_annotated_each_document(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var current = (await store.SaveAsync(Pipeline.Annotate(Bare()))).Id;
        var unknown = (await store.SaveAsync(Pipeline.Annotate(new Document("Stored before versions.", new DocumentSource("b.txt"), null)) with { AnnotationVersion = null })).Id;

        var versions = await store.ListAnnotationVersionsAsync();

        Assert.Equal([new DocumentVersion(current, Pipeline.Version), new DocumentVersion(unknown, null)], versions.ToArray());
        Assert.Equal(Pipeline.Version, (await store.GetDocumentAsync(current))!.Document.AnnotationVersion);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Replaces_every_layer_and_keeps_the_id_text_source_date_and_story(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var id = (await store.SaveAsync(Rich())).Id;
        await store.PlaceStoriesAsync((_, _) => Task.FromResult(new StoryPlacement([new(id, id)], [])));
        var before = Assert.Single(await store.ListDocumentsAsync());

        var bare = await store.GetDocumentAsync(id, Layer.None);
        var replaced = await store.ReplaceLayersAsync(id, Pipeline.Annotate(bare!.Document));

        Assert.True(replaced);
        var read = (await store.GetDocumentAsync(id))!.Document;
        Assert.Equal((Text, Bare().Source, Bare().Published), (read.Text, read.Source, read.Published));
        Assert.Equal(Layer.Tokens | Layer.Sentences | Layer.Paragraphs, read.Layers);
        Assert.Equal(Pipeline.Version, read.AnnotationVersion);
        Assert.Equal(2, read.Sentences.Length);
        Assert.Equal(before, Assert.Single(await store.ListDocumentsAsync()));
        Assert.Equal(id, (await store.ReadStoriesAsync()).Members[id]);
        foreach (var table in RicherTables)
        {
            Assert.True(await database.CountRowsAsync(table) == 0, $"{table} keeps rows of the older layers");
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Reads_one_document_with_the_layers_asked_for_alone(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var id = (await store.SaveAsync(Rich())).Id;

        var read = (await store.GetDocumentAsync(id, Layer.Quotes | Layer.Sentences))!.Document;

        Assert.Equal(Layer.Quotes | Layer.Sentences, read.Layers);
        Assert.Single(read.Quotes);
        Assert.Equal(2, read.Sentences.Length);
        Assert.Empty(read.Tokens);
        Assert.Empty(read.Events);
        Assert.Equal("older", read.AnnotationVersion);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Leaves_a_document_already_annotated_by_that_version_unless_asked_to_replace_it_anyway(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var annotated = Pipeline.Annotate(Bare());
        var id = (await store.SaveAsync(annotated)).Id;
        var withMention = annotated with { Mentions = [new EntityMention(new TextSpan(21, 31), EntityType.Person, 0.9)], Layers = annotated.Layers | Layer.Entities };

        var kept = await store.ReplaceLayersAsync(id, withMention);
        var keptMentions = (await store.GetDocumentAsync(id))!.Document.Mentions.Length;
        var forced = await store.ReplaceLayersAsync(id, withMention, evenIfCurrent: true);

        Assert.False(kept);
        Assert.Equal(0, keptMentions);
        Assert.True(forced);
        Assert.Single((await store.GetDocumentAsync(id))!.Document.Mentions);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Replaces_nothing_for_an_unknown_id_or_another_text(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var id = (await store.SaveAsync(Rich())).Id;
        var other = Pipeline.Annotate(new Document("Another text altogether.", new DocumentSource("b.txt"), null));

        Assert.False(await store.ReplaceLayersAsync(id + 1, Pipeline.Annotate(Bare())));
        Assert.False(await store.ReplaceLayersAsync(id, other, evenIfCurrent: true));
        Assert.Equal("older", (await store.GetDocumentAsync(id))!.Document.AnnotationVersion);
        Assert.Equal(1, await database.CountRowsAsync("events"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Lets_one_of_many_processes_replacing_a_document_at_once_write_it(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => database.OpenAsync()));
        var id = (await stores[0].SaveAsync(Rich())).Id;
        var annotated = Pipeline.Annotate(Bare());

        var once = await Task.WhenAll(stores.Select(s => s.ReplaceLayersAsync(id, annotated)));
        var forced = await Task.WhenAll(stores.Select(s => s.ReplaceLayersAsync(id, annotated, evenIfCurrent: true)));

        Assert.Single(once, replaced => replaced);
        Assert.All(forced, Assert.True);
        Assert.Equal(2, await database.CountRowsAsync("sentences"));
        Assert.Equal(0, await database.CountRowsAsync("events"));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }
}
