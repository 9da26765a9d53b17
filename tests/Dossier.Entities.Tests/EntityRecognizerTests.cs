namespace Dossier.Entities.Tests;

public sealed class EntityRecognizerTests
{
    private static string[] Found(Document document) =>
        [.. document.Mentions.Select(m => $"{NerEvaluator.ConllType(m.Type)} {document[m.Span]}")];

    [Fact]
    public void Needs_tokens_and_sentences_and_produces_entities()
    {
        Assert.Equal(Layer.Tokens | Layer.Sentences, SharedModel.Recognizer.Needs);
        Assert.Equal(Layer.Entities, SharedModel.Recognizer.Produces);
    }

    [Fact]
    public void Finds_people_places_and_nationalities_in_a_hand_tokenized_sentence()
    {
        var document = SharedModel.Recognizer.Annotate(
            HandTokens.Of("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul ."));

        Assert.Equal(["MISC Japanese", "PER Fumio Kishida", "MISC South Korean", "PER Yoon Suk Yeol", "LOC Seoul"], Found(document));
    }

    [Fact]
    public void Leaves_a_possessive_glued_to_a_name_out_of_the_mention()
    {
        var document = SharedModel.Recognizer.Annotate(HandTokens.Of("Officials in Yoon’s office said Kishida’s envoy arrived ."));

        Assert.Equal(["Yoon", "Kishida"], document.Mentions.Select(m => document[m.Span]));
    }

    [Fact]
    public void Gives_each_mention_a_confidence_between_zero_and_one()
    {
        var document = SharedModel.Recognizer.Annotate(HandTokens.Of("Taro Aso met Yoon in Seoul ."));

        Assert.NotEmpty(document.Mentions);
        Assert.All(document.Mentions, m => Assert.InRange(m.Confidence, 0.0, 1.0));
    }

    [Fact]
    public void Tags_a_later_single_surname_as_the_person_named_in_full_earlier()
    {
        var document = SharedModel.Recognizer.Annotate(HandTokens.Of(
            "Prime Minister Fumio Kishida spoke on Monday .\nBut the envoy was not carrying a letter from Kishida ."));

        Assert.Equal(["PER Fumio Kishida", "PER Kishida"], Found(document));
    }

    [Fact]
    public void Gives_an_acronym_defined_in_brackets_the_type_of_its_name()
    {
        var document = SharedModel.Recognizer.Annotate(HandTokens.Of(
            "Officials of the Liberal Democratic Party ( LDP ) met on Friday ."));

        Assert.Equal(["ORG Liberal Democratic Party", "ORG LDP"], Found(document));
    }

    [Fact]
    public void Finds_nothing_in_a_sentence_without_names()
    {
        var document = SharedModel.Recognizer.Annotate(HandTokens.Of("the talks went on for three hours ."));

        Assert.Empty(document.Mentions);
    }
}
