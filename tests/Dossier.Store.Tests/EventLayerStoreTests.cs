using Dossier.Nlp;

namespace Dossier.Store.Tests;

/// <summary>The event layer on every store engine (see <see cref="StoreContractTests"/>).</summary>
public sealed class EventLayerStoreTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create(NlpPipeline.BaseStages());

    public static TheoryData<string> Engines() => [.. TestDatabase.Engines];

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Round_trips_events_with_class_time_sentence_and_participants(string engine)
    {
        const string text = "Yoon met Aso on Wednesday. Talks followed.";
        var annotated = Pipeline.Annotate(new Document(text, new DocumentSource("a.txt"), new DateOnly(2022, 11, 2)));
        var met = new Event(new TextSpan(5, 8), EventClass.Meeting, new TextSpan(0, 26), 0,
            [new EventParticipant(new TextSpan(0, 4), ParticipantRole.Agent, 0), new EventParticipant(new TextSpan(9, 12), ParticipantRole.Other, null)]);
        var talks = new Event(new TextSpan(27, 32), EventClass.Other, new TextSpan(27, 42), null, []);
        var document = annotated with
        {
            TimeExpressions = [new TimeExpression(new TextSpan(16, 25), TimexType.Date, "2022-11-02")],
            Actors = [new Actor("Yoon Suk-yeol", ActorKind.Person, [new TextSpan(0, 4)], [])],
            Events = [met, talks],
            Layers = annotated.Layers | Layer.TimeExpressions | Layer.Actors | Layer.Events,
        };

        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var saved = await store.SaveAsync(document);
        var read = (await store.GetDocumentAsync(saved.Id))!.Document;

        Assert.Equal(2, read.Events.Length);
        Assert.Equal((met.Trigger, met.Class, met.Sentence, met.Time), (read.Events[0].Trigger, read.Events[0].Class, read.Events[0].Sentence, read.Events[0].Time));
        Assert.Equal(met.Participants.ToArray(), read.Events[0].Participants.ToArray());
        Assert.Equal((talks.Trigger, talks.Class, talks.Time), (read.Events[1].Trigger, read.Events[1].Class, read.Events[1].Time));
        Assert.Empty(read.Events[1].Participants);
    }
}
