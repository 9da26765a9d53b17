using Dossier.Nlp;
using Dossier.Time;

namespace Dossier.Events.Tests;

/// <summary>
/// The event stage alone, on input built by hand: tokens, sentences and time expressions from their
/// stages, entity mentions written out, so each test says which names the stage was given.
/// </summary>
public sealed class EventExtractorTests
{
    private static readonly Pipeline Before = Pipeline.Create([.. NlpPipeline.BaseStages(), new TemporalTagger()]);
    private static readonly EventExtractor Extractor = new();

    [Fact]
    public void Ties_a_meeting_to_the_weekday_of_its_sentence_with_who_met_whom()
    {
        var document = Annotate("Yoon met Aso on Wednesday in Seoul.", (EntityType.Person, "Yoon"), (EntityType.Person, "Aso"), (EntityType.Location, "Seoul"));

        var met = Single(document, "met");

        Assert.Equal(EventClass.Meeting, met.Class);
        Assert.Equal("2022-11-02", document.TimeExpressions[met.Time!.Value].Value);
        Assert.Equal(["Agent Yoon", "Other Aso"], Participants(document, met));
    }

    [Fact]
    public void A_place_joined_by_a_comma_to_where_it_happened_takes_no_part()
    {
        var document = Annotate("Park met Kishida last week in Munich, Germany.",
            (EntityType.Person, "Park"), (EntityType.Location, "Munich"), (EntityType.Location, "Germany"), (EntityType.Person, "Kishida"));

        var met = Single(document, "met");

        Assert.Equal(["Agent Park", "Other Kishida"], Participants(document, met));
    }

    [Fact]
    public void The_subject_of_a_relative_clause_is_the_name_before_it()
    {
        var document = Annotate("Tensions rose after North Korea, which fired 23 missiles Wednesday, warned Seoul.", (EntityType.Location, "North Korea"), (EntityType.Location, "Seoul"));

        var fired = Single(document, "fired");

        Assert.Equal(EventClass.MilitaryAction, fired.Class);
        Assert.Equal("Wednesday", document[document.TimeExpressions[fired.Time!.Value].Span]);
        Assert.Equal(["Agent North Korea"], Participants(document, fired));
    }

    [Fact]
    public void A_name_before_a_noun_trigger_is_its_agent_and_a_year_in_the_noun_phrase_its_time()
    {
        var document = Annotate("The dispute is related to a 2018 Supreme Court ruling over compensation.", (EntityType.Organization, "Supreme Court"));

        var ruling = Single(document, "ruling");

        Assert.Equal(EventClass.LegalRuling, ruling.Class);
        Assert.Equal("2018", document.TimeExpressions[ruling.Time!.Value].Value);
        Assert.Equal(["Agent Supreme Court"], Participants(document, ruling));
    }

    [Fact]
    public void A_treaty_is_an_event_even_where_the_model_alone_would_miss_it()
    {
        var document = Annotate("Historical issues were resolved under the 1965 bilateral treaty.");

        var treaty = Single(document, "treaty");

        Assert.Equal(EventClass.Agreement, treaty.Class);
        Assert.Equal("1965", document.TimeExpressions[treaty.Time!.Value].Value);
    }

    [Theory]
    [InlineData("The court ruled on Monday that the firms must pay.", "ruled", EventClass.LegalRuling)]
    [InlineData("Japan ruled over the peninsula until 1945.", "ruled", EventClass.Other)]
    [InlineData("North Korea launched two ballistic missiles on Monday.", "launched", EventClass.MilitaryAction)]
    [InlineData("The company launched a new phone on Monday.", "launched", EventClass.Other)]
    [InlineData("Voters elected a new president on Sunday.", "elected", EventClass.Election)]
    [InlineData("The ministry announced the plan on Monday.", "announced", EventClass.Statement)]
    public void Reads_the_class_from_the_trigger_and_its_context(string text, string trigger, EventClass expected)
    {
        var document = Annotate(text);

        Assert.Equal(expected, Single(document, trigger).Class);
    }

    [Fact]
    public void A_duration_says_how_long_not_when()
    {
        var document = Annotate("The talks lasted for three days.");

        Assert.Null(Single(document, "talks").Time);
    }

    [Fact]
    public void Each_event_cites_its_own_sentence()
    {
        var document = Annotate("Aso visited Seoul on Tuesday. He met Yoon on Wednesday.");

        var met = Single(document, "met");

        Assert.Equal("He met Yoon on Wednesday.", document[met.Sentence]);
        Assert.Equal("Wednesday", document[document.TimeExpressions[met.Time!.Value].Span]);
    }

    private static Document Annotate(string text, params (EntityType Type, string Name)[] names)
    {
        var document = Before.Annotate(new Document(text, new DocumentSource("test"), new DateOnly(2022, 11, 2)));
        var mentions = names.Select(n => new EntityMention(TextSpan.FromLength(text.IndexOf(n.Name, StringComparison.Ordinal), n.Name.Length), n.Type, 0.9));
        return Extractor.Annotate(document with { Mentions = [.. mentions] });
    }

    private static Event Single(Document document, string trigger)
    {
        var found = document.Events.Where(e => document[e.Trigger] == trigger).ToList();
        Assert.True(found.Count == 1, $"expected one '{trigger}' event; found: {string.Join(", ", document.Events.Select(e => document[e.Trigger]))}");
        return found[0];
    }

    private static string[] Participants(Document document, Event found) =>
        [.. found.Participants.Select(p => $"{p.Role} {document[p.Span]}")];
}
