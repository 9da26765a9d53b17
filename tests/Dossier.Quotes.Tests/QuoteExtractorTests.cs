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

    [Fact]
    public void Two_apostrophes_mark_a_quote_as_in_the_New_York_Times_archive()
    {
        var document = Annotate("''Some courses are adapting, others are not,'' said Paul H. Chipok, a lawyer in Orlando.");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("''Some courses are adapting, others are not,''", document[quote.Content[0]]);
        Assert.Equal("Paul H. Chipok", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_quote_in_the_next_sentence_continues_the_attribution_before_it()
    {
        var document = Annotate("“I don’t care,” Trump said. “He can be there if he wants.”");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal(["“I don’t care,”", "“He can be there if he wants.”"], quote.Content.Select(c => document[c]));
    }

    [Fact]
    public void A_relative_pronoun_source_resolves_to_the_name_before_it()
    {
        var document = Annotate("The talks stalled, according to Jeff Weaver, who said business executives often misread politics.");

        var quote = document.Quotes.Single(q => q.Cue is { } cue && document[cue] == "said");
        Assert.Equal("who", document[quote.Source!.Value]);
        Assert.Equal("Jeff Weaver", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_short_quoted_title_inside_a_sentence_is_not_an_attribution()
    {
        var document = Annotate("He watched “The Apprentice” and “Saturday Night Live” on Sunday.");

        Assert.Empty(document.Quotes);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("”, he said.")]
    [InlineData("He said: “")]
    [InlineData("''")]
    [InlineData("“A,” said. “B")]
    [InlineData("said said said, said \"x\" said")]
    [InlineData("According to")]
    [InlineData(", who said")]
    [InlineData("“One.\n\n“Two.\n\n“Three")]
    public void Malformed_quotation_and_dangling_cues_yield_spans_inside_the_text(string text)
    {
        var document = Annotate(text);

        foreach (var quote in document.Quotes)
        {
            Assert.All(quote.Content, span => Assert.True(span.End <= text.Length && !span.IsEmpty));
        }
    }
}

