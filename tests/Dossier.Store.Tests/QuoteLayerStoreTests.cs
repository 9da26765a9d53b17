using Dossier.Nlp;

namespace Dossier.Store.Tests;

/// <summary>The quote and actor layers on every store engine (see <see cref="StoreContractTests"/>).</summary>
public sealed class QuoteLayerStoreTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create(NlpPipeline.BaseStages());

    public static TheoryData<string> Engines() => [.. TestDatabase.Engines];

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Round_trips_quotes_with_split_content_and_actors_with_mentions_and_roles(string engine)
    {
        const string text = "“We are ready,” said Kan Kimura, a professor at Kobe University, “and we will wait.” Kimura left.";
        var annotated = Pipeline.Annotate(new Document(text, new DocumentSource("a.txt"), new DateOnly(2022, 11, 2)));
        var kimura = new Actor("Kan Kimura", ActorKind.Person,
            [new TextSpan(21, 31), new TextSpan(85, 91)],
            [new ActorRole("professor", "Kobe University", RoleTense.Current, new TextSpan(33, 63)), new ActorRole("prime minister", null, RoleTense.Former, new TextSpan(0, 2))]);
        var quote = new Quote([new TextSpan(0, 15), new TextSpan(65, 84)], new TextSpan(16, 20), new TextSpan(21, 63), QuoteKind.Direct, 0);
        var unattributed = new Quote([new TextSpan(85, 97)], null, null, QuoteKind.Indirect);
        var document = annotated with
        {
            Quotes = [quote, unattributed],
            Actors = [kimura],
            Layers = annotated.Layers | Layer.Quotes | Layer.Actors,
        };

        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var saved = await store.SaveAsync(document);
        var read = (await store.GetDocumentAsync(saved.Id))!.Document;

        Assert.Equal(2, read.Quotes.Length);
        Assert.Equal(quote.Content.ToArray(), read.Quotes[0].Content.ToArray());
        Assert.Equal((quote.Cue, quote.Source, quote.Kind, quote.Speaker), (read.Quotes[0].Cue, read.Quotes[0].Source, read.Quotes[0].Kind, read.Quotes[0].Speaker));
        Assert.Equal((null, null, null), (read.Quotes[1].Cue, read.Quotes[1].Source, read.Quotes[1].Speaker));
        var actor = Assert.Single(read.Actors);
        Assert.Equal((kimura.Name, kimura.Kind), (actor.Name, actor.Kind));
        Assert.Equal(kimura.Mentions.ToArray(), actor.Mentions.ToArray());
        Assert.Equal(kimura.Roles.ToArray(), actor.Roles.ToArray());
    }
}
