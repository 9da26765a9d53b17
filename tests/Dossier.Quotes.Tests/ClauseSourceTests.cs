using Dossier.Nlp;

namespace Dossier.Quotes.Tests;

/// <summary>
/// How the clause rules find the source on a cue's left, mostly with the rules alone (no trained
/// model), so the sentences test the patterns and not a model's scores.
/// </summary>
public sealed class ClauseSourceTests
{
    private static readonly Pipeline Rules = Pipeline.Create([.. NlpPipeline.BaseStages(), new QuoteExtractor(null)]);

    private static readonly Pipeline WithModel = Pipeline.Create([.. NlpPipeline.BaseStages(), new QuoteExtractor()]);

    private static (string Source, string Cue, string Content) Only(string text)
    {
        var document = Rules.Annotate(new Document(text, new DocumentSource("test"), null));
        var quote = Assert.Single(document.Quotes);
        return (quote.Source is { } source ? document[source] : "", document[quote.Cue!.Value], string.Join(" + ", quote.Content.Select(c => document[c])));
    }

    [Fact]
    public void A_description_opened_by_a_possessive_is_part_of_the_source()
    {
        var (source, _, content) = Only("Donald Trump, her Republican opponent, argued that the unrest was a disgrace.");

        Assert.Equal("Donald Trump, her Republican opponent", source);
        Assert.Equal("that the unrest was a disgrace", content);
    }

    [Fact]
    public void A_relative_clause_set_off_by_commas_is_part_of_the_source()
    {
        var (source, _, _) = Only("The union, which includes two large teachers groups, argues that schools need more money.");

        Assert.Equal("The union, which includes two large teachers groups", source);
    }

    [Fact]
    public void A_comparison_aside_between_subject_and_cue_is_left_out_of_the_source()
    {
        var (source, cue, _) = Only("Hillary Clinton, like Obama, has argued that Europe must spend more on defense.");

        Assert.Equal("Hillary Clinton", source);
        Assert.Equal("argued", cue);
    }

    [Theory]
    [InlineData("They’re claiming that the vote was rigged.", "They", "claiming")]
    [InlineData("They're claiming that the vote was rigged.", "They", "claiming")]
    [InlineData("They’ve argued that the vote was rigged.", "They", "argued")]
    public void A_contracted_auxiliary_after_a_pronoun_keeps_the_pronoun_as_source(string text, string expectedSource, string expectedCue)
    {
        var (source, cue, content) = Only(text);

        Assert.Equal(expectedSource, source);
        Assert.Equal(expectedCue, cue);
        Assert.Equal("that the vote was rigged", content);
    }

    [Theory]
    [InlineData("Schneiderman isn’t saying whether the foundation broke the law.")]
    [InlineData("Schneiderman is not saying whether the foundation broke the law.")]
    [InlineData("Schneiderman is still saying whether the foundation broke the law.")]
    public void A_negated_progressive_keeps_its_subject_as_source(string text)
    {
        var (source, cue, content) = Only(text);

        Assert.Equal("Schneiderman", source);
        Assert.Equal("saying", cue);
        Assert.Equal("whether the foundation broke the law", content);
    }

    [Theory]
    [InlineData("Nobody knows who said the vote was rigged.")]
    [InlineData("Reporters asked about who said the vote was rigged.")]
    public void A_who_that_opens_a_question_is_not_a_source(string text)
    {
        var document = Rules.Annotate(new Document(text, new DocumentSource("test"), null));

        Assert.DoesNotContain(document.Quotes, quote => quote.Source is { } source && document[source] == "who");
    }

    [Fact]
    public void A_who_after_its_noun_is_the_source()
    {
        var (source, cue, _) = Only("It was Weaver, who said the vote was rigged.");

        Assert.Equal("who", source);
        Assert.Equal("said", cue);
    }

    [Fact]
    public void A_participle_that_opens_the_sentence_takes_the_subject_after_its_comma()
    {
        var (source, cue, content) = Only("While insisting that the talks had failed, Kimura left the room.");

        Assert.Equal("Kimura", source);
        Assert.Equal("insisting", cue);
        Assert.Equal("that the talks had failed", content);
    }

    [Fact]
    public void A_gerund_that_opens_the_sentence_is_its_subject_not_a_participle()
    {
        var document = WithModel.Annotate(new Document("Asking for outside help is a last resort but could be an option, Lee said.", new DocumentSource("test"), null));

        Assert.DoesNotContain(document.Quotes, quote => document[quote.Cue!.Value].StartsWith("Asking", StringComparison.Ordinal));
        Assert.Contains(document.Quotes, quote => document[quote.Cue!.Value] == "said" && document[quote.Source!.Value] == "Lee");
    }

    [Fact]
    public void A_participle_after_the_main_clause_skips_an_opening_time_phrase_for_its_subject()
    {
        var (source, cue, _) = Only("On Monday night, Clinton spoke often, warning that the deal was weak.");

        Assert.Equal("Clinton", source);
        Assert.Equal("warning", cue);
    }

    [Fact]
    public void A_participle_after_an_adverb_still_borrows_the_subject()
    {
        var (source, cue, _) = Only("The aides were complimentary, perhaps acknowledging that the debate went well.");

        Assert.Equal("The aides", source);
        Assert.Equal("acknowledging", cue);
    }

    [Theory]
    [InlineData("His views were echoed by several tax experts.", "several tax experts", "His views")]
    [InlineData("The Democratic nominee has been endorsed by dozens of papers.", "dozens of papers", "The Democratic nominee")]
    public void A_passive_cue_with_its_agent_has_the_agent_as_source_and_the_subject_as_content(string text, string expectedSource, string expectedContent)
    {
        var (source, cue, content) = Only(text);

        Assert.Equal(expectedSource, source);
        Assert.EndsWith(" by", cue, StringComparison.Ordinal);
        Assert.Equal(expectedContent, content);
    }
}
