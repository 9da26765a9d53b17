using System.Collections.Immutable;

namespace Dossier.Entities.Tests;

public sealed class NerEvaluatorTests
{
    private const string Gold = """
        -DOCSTART- -X- O O

        Japanese JJ I-NP I-MISC
        envoy NN I-NP O
        Taro NNP I-NP I-PER
        Aso NNP I-NP I-PER
        visited VBD I-VP O
        Seoul NNP I-NP I-LOC
        . . O O

        """;

    [Fact]
    public void Tags_each_column_token_and_maps_mentions_back_as_iob2()
    {
        var corpus = ConllCorpus.Read(new StringReader(Gold));

        var tags = new NerEvaluator(SharedModel.Recognizer).Tag(corpus.Sentences[0]);

        Assert.Equal(["B-MISC", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], tags.ToArray());
    }

    [Fact]
    public void Scores_a_corpus_against_its_gold_tags()
    {
        var corpus = ConllCorpus.Read(new StringReader(Gold));

        var evaluation = new NerEvaluator(SharedModel.Recognizer).Evaluate(corpus);

        Assert.Equal(new TypeScore(3, 3, 3), evaluation.Scores.Overall);
        Assert.Single(evaluation.Predictions);
    }

    [Fact]
    public void Writes_conlleval_input_with_docstart_lines_and_a_blank_line_after_each_sentence()
    {
        var corpus = ConllCorpus.Read(new StringReader("-DOCSTART- -X- O O\n\nSeoul NNP I-NP I-LOC\nsays VBZ I-VP O\n\nYes UH O O\n"));
        ImmutableArray<ImmutableArray<string>> predictions = [["B-LOC", "O"], ["B-PER"]];
        var output = new StringWriter { NewLine = "\n" };

        NerEvaluator.WritePredictions(corpus, predictions, output);

        Assert.Equal(
            "-DOCSTART- -X- O O O\n\nSeoul NNP I-NP I-LOC B-LOC\nsays VBZ I-VP O O\n\nYes UH O O B-PER\n\n",
            output.ToString());
    }

    [Theory]
    [InlineData(EntityType.Person, "PER")]
    [InlineData(EntityType.Organization, "ORG")]
    [InlineData(EntityType.Location, "LOC")]
    [InlineData(EntityType.Misc, "MISC")]
    public void Maps_entity_types_to_conll_names(EntityType type, string name)
    {
        Assert.Equal(name, NerEvaluator.ConllType(type));
    }
}
