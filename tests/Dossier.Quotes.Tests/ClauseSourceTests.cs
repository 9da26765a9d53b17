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

    [Theory]
    [InlineData("Donald Trump, her Republican opponent, argued that the unrest was a disgrace.", "Donald Trump, her Republican opponent")]
    [InlineData("The union, which includes two large teachers groups, argued that the unrest was a disgrace.", "The union, which includes two large teachers groups")]
    [InlineData("Hillary Clinton, like Obama, has argued that the unrest was a disgrace.", "Hillary Clinton")]
    public void A_description_between_commas_joins_the_source_and_a_comparison_aside_does_not(string text, string expectedSource)
    {
        var (source, cue, content) = Only(text);

        Assert.Equal(expectedSource, source);
        Assert.Equal("argued", cue);
        Assert.Equal("that the unrest was a disgrace", content);
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

    [Theory]
    [InlineData("On Monday night, Clinton spoke often, warning that the deal was weak.", "Clinton")]
    [InlineData("The aides were complimentary, perhaps warning that the deal was weak.", "The aides")]
    public void A_participle_after_the_main_clause_borrows_its_subject_past_a_time_phrase_or_an_adverb(string text, string expectedSource)
    {
        var (source, cue, _) = Only(text);

        Assert.Equal(expectedSource, source);
        Assert.Equal("warning", cue);
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
