using Dossier.Nlp;

namespace Dossier.Quotes.Tests;

public sealed class QuoteExtractorTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create([.. NlpPipeline.BaseStages(), new QuoteExtractor()]);

    private static Document Annotate(string text) => Pipeline.Annotate(new Document(text, new DocumentSource("test"), null));

    private static string SpeakerOf(Document document, Quote quote) => document.Actors[quote.Speaker!.Value].Name;

    [Fact]
    public void A_paragraph_that_opens_a_quote_without_closing_it_continues_into_the_next()
    {
        var document = Annotate("Park Jin, the foreign minister, said: “We will talk.\n\n“We will not give up.”\n\nOther news followed.");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(["“We will talk.", "“We will not give up.”"], quote.Content.Select(c => document[c]));
        Assert.Equal("Park Jin", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_quote_interrupted_by_its_cue_is_one_attribution_in_two_pieces()
    {
        var document = Annotate("\"We are ready,\" Kimura said, \"and we will wait.\"");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal(["\"We are ready,\"", "\"and we will wait.\""], quote.Content.Select(c => document[c]));
        Assert.Equal("said", document[quote.Cue!.Value]);
    }

    [Fact]
    public void A_pronoun_after_a_quote_resolves_to_the_last_speaker()
    {
        var document = Annotate("Prices will rise, said Kan Kimura, a professor at Kobe University.\n\n“It won’t hurt,” he said.");

        Assert.Equal(2, document.Quotes.Length);
        Assert.Equal("he", document[document.Quotes[1].Source!.Value]);
        Assert.Equal("Kan Kimura", SpeakerOf(document, document.Quotes[1]));
    }

    [Fact]
    public void An_anonymous_source_is_never_forced_onto_a_name()
    {
        var document = Annotate("President Yoon Suk Yeol met Kishida. A senior official said the talks went well.");

        var quote = Assert.Single(document.Quotes);
        var speaker = document.Actors[quote.Speaker!.Value];
        Assert.Equal(ActorKind.Anonymous, speaker.Kind);
        Assert.Equal("A senior official", speaker.Name);
    }

    [Fact]
    public void Surname_and_titled_mentions_join_the_full_name()
    {
        var document = Annotate("Foreign Minister Park Jin arrived on Monday. Park said the visit was useful.");

        var speaker = document.Actors[Assert.Single(document.Quotes).Speaker!.Value];
        Assert.Equal("Park Jin", speaker.Name);
        Assert.Equal(2, speaker.Mentions.Length);
        Assert.Equal("Foreign Minister", Assert.Single(speaker.Roles).Title);
    }

    [Fact]
    public void Former_and_then_roles_are_marked()
    {
        var document = Annotate("Former prime minister Taro Aso met then-President Moon Jae-in. Aso said the meeting went well. Moon said nothing had changed.");

        var aso = document.Actors.Single(a => a.Name == "Taro Aso");
        var moon = document.Actors.Single(a => a.Name == "Moon Jae-in");
        Assert.Equal(RoleTense.Former, Assert.Single(aso.Roles).Tense);
        Assert.Equal(RoleTense.Then, Assert.Single(moon.Roles).Tense);
        Assert.Equal("President", moon.Roles[0].Title);
    }

    [Fact]
    public void A_role_noun_resolves_to_the_actor_holding_that_title()
    {
        var document = Annotate("Prime Minister Fumio Kishida flew to Seoul. The prime minister said ties had improved.");

        Assert.Equal("Fumio Kishida", SpeakerOf(document, Assert.Single(document.Quotes)));
    }
}
