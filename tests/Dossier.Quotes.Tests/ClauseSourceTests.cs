using Dossier.Nlp;

namespace Dossier.Quotes.Tests;

/// <summary>
/// How the clause rules find the source on a cue's left, with the rules alone (no trained model), so
/// the sentences test the patterns and not a model's scores.
/// </summary>
public sealed class ClauseSourceTests
{
    private static readonly Pipeline Rules = Pipeline.Create([.. NlpPipeline.BaseStages(), new QuoteExtractor(null)]);

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
}
