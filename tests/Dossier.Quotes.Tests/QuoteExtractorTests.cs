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

    [Fact]
    public void An_expectation_without_a_holder_has_content_but_no_source_or_speaker()
    {
        var document = Annotate("Kimura spoke on Monday.\n\nTrump is expected to deliver a victory speech later tonight, aides said.");

        var quote = Assert.Single(document.Quotes, q => q.Cue is { } cue && document[cue] == "is expected");
        Assert.Equal(["Trump", "to deliver a victory speech later tonight"], quote.Content.Select(c => document[c]));
        Assert.Null(quote.Source);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_quote_with_a_verb_outside_the_lexicon_takes_the_name_written_after_it()
    {
        var document = Annotate("The debate ran late.\n\n“We are going to win so much that you will get tired of winning,” Trump bragged.");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("Trump", document[quote.Source!.Value]);
        Assert.Equal("bragged", document[quote.Cue!.Value]);
    }

    [Fact]
    public void A_speaker_described_by_a_relative_clause_with_its_own_cue_keeps_the_quote()
    {
        var document = Annotate("\"I don't believe in superdelegates,\" Warren, who has not endorsed a candidate, told reporters in Boston.");

        var quote = Assert.Single(document.Quotes, q => document[q.Cue!.Value] == "told");
        Assert.Equal("\"I don't believe in superdelegates,\"", document[quote.Content[0]]);
        Assert.Equal("Warren", SpeakerOf(document, quote));
    }

    [Fact]
    public void An_unnamed_user_is_a_source()
    {
        var document = Annotate("\"Trump is very cute with a big mouth,\" one user wrote.");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("one user", document[quote.Source!.Value]);
        Assert.Equal(ActorKind.Anonymous, document.Actors[quote.Speaker!.Value].Kind);
    }

    [Fact]
    public void A_sign_after_its_quote_is_the_source()
    {
        var document = Annotate("Visitors saw the site.\n\n“Hi Americans! Donald Trump may become the President of your country!” it reads.");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("it", document[quote.Source!.Value]);
        Assert.Equal("reads", document[quote.Cue!.Value]);
    }

    [Fact]
    public void A_lone_relative_pronoun_is_not_what_was_said()
    {
        var document = Annotate("The victims have repeatedly demanded the Japanese offer a formal apology with direct compensation, which the firms have rejected.");

        Assert.DoesNotContain(document.Quotes, q => q.Content.Any(span => document[span].Trim() is "which" or "that" or "who"));
    }

    [Fact]
    public void A_quote_signed_with_a_dash_on_its_line_is_the_signer_s()
    {
        var document = Annotate("Readers wrote in.\n\n“Donald Trump scares me. I fear for the future of our young people.” ― Krystal Correa\n“He can’t even answer a question about his own plans for the country.” ― Beck Pimentel");

        Assert.Equal(["Krystal Correa", "Beck Pimentel"], document.Quotes.Select(q => document[q.Source!.Value]).ToArray());
        Assert.All(document.Quotes, q => Assert.Equal("―", document[q.Cue!.Value]));
    }

    [Fact]
    public void A_quoted_transcript_line_is_its_capitalised_speaker_s()
    {
        var document = Annotate("The transcript follows.\n\n\"PENCE: Well, look, this is serious business and the American people know it.\"");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("PENCE", document[quote.Source!.Value]);
        Assert.Equal(":", document[quote.Cue!.Value]);
        Assert.StartsWith("Well, look", document[quote.Content[0]], StringComparison.Ordinal);
    }

    [Fact]
    public void A_progressive_cue_keeps_its_subject()
    {
        var document = Annotate("Donald Trump is telling a veterans group that the military is depleted.");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("Donald Trump", document[quote.Source!.Value]);
    }

    [Fact]
    public void A_dash_line_under_a_quote_names_its_speaker()
    {
        var document = Annotate("Fact check.\n\n\"I went to Wall Street before the crash and told them they would wreck the economy.\"\n\n- Clinton.");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("Clinton", document[quote.Source!.Value]);
    }

    [Fact]
    public void A_headline_led_by_a_name_and_a_colon_is_that_speakers_statement()
    {
        var document = Annotate("Obama: I’m Optimistic Americans Will Say No to Trump.\n\nThe president spoke on CNN.");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("Obama", document[quote.Source!.Value]);
        Assert.Equal("I’m Optimistic Americans Will Say No to Trump", document[quote.Content[0]]);
    }

    [Fact]
    public void A_question_put_to_an_unnamed_asker_is_content_without_a_source()
    {
        var document = Annotate("Asked in Iowa recently whether he would support Donald Trump, Rubio gave a roundabout answer.");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("whether he would support Donald Trump", document[quote.Content[0]]);
        Assert.Null(quote.Source);
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("Sen. Chuck Grassley (R-Iowa) told reporters that the vote would fail.", "Sen. Chuck Grassley (R-Iowa)", "that the vote would fail")]
    [InlineData("Now, 52 percent said Mr. Trump would be better.", "52 percent", "Mr. Trump would be better")]
    public void A_party_tag_or_a_share_of_those_polled_ends_the_source(string text, string source, string content)
    {
        var document = Annotate(text);

        var quote = Assert.Single(document.Quotes);
        Assert.Equal(source, document[quote.Source!.Value]);
        Assert.Equal(content, document[quote.Content[0]]);
    }

    [Fact]
    public void A_description_holding_a_list_still_leads_back_to_the_name()
    {
        var document = Annotate("“The new plans are steps in the right direction,” Anne Richards, assistant secretary of state for population, refugees, and migration, told reporters.");

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("Anne Richards", SpeakerOf(document, quote));
        Assert.Equal("“The new plans are steps in the right direction,”", document[quote.Content[0]]);
    }
}
