namespace Dossier.Entities.Tests;

public sealed class EntityScorerTests
{
    [Fact]
    public void Decodes_iob1_and_iob2_spellings_of_adjacent_entities_alike()
    {
        string[] iob1 = ["I-PER", "I-PER", "B-PER", "O", "I-LOC"];
        string[] iob2 = ["B-PER", "I-PER", "B-PER", "O", "B-LOC"];

        var expected = new HashSet<TagChunk> { new(0, 2, "PER"), new(2, 3, "PER"), new(4, 5, "LOC") };
        Assert.Equal(expected, EntityScorer.Chunks(iob1));
        Assert.Equal(expected, EntityScorer.Chunks(iob2));
    }

    [Fact]
    public void Starts_a_new_entity_where_the_type_changes_inside_a_run()
    {
        Assert.Equal(
            new HashSet<TagChunk> { new(0, 1, "ORG"), new(1, 2, "LOC") },
            EntityScorer.Chunks(["I-ORG", "I-LOC"]));
    }

    [Fact]
    public void Counts_an_entity_correct_only_when_both_boundaries_and_type_match()
    {
        var scorer = new EntityScorer();
        scorer.Add(["I-PER", "I-PER", "O", "I-ORG", "I-LOC"], ["B-PER", "O", "O", "B-ORG", "B-ORG"]);

        var scores = scorer.Scores;

        Assert.Equal(new TypeScore(3, 3, 1), scores.Overall);
        Assert.Equal(new TypeScore(1, 1, 0), scores.PerType["PER"]);
        Assert.Equal(new TypeScore(1, 2, 1), scores.PerType["ORG"]);
        Assert.Equal(new TypeScore(1, 0, 0), scores.PerType["LOC"]);
        Assert.Equal(100.0 / 3, scores.Overall.Precision, 6);
        Assert.Equal(50.0, scores.PerType["ORG"].Precision, 6);
    }

    [Fact]
    public void Token_accuracy_treats_iob1_gold_and_iob2_prediction_of_one_tagging_as_equal()
    {
        var scorer = new EntityScorer();
        scorer.Add(["I-PER", "I-PER", "O"], ["B-PER", "I-PER", "B-LOC"]);

        Assert.Equal(200.0 / 3, scorer.Scores.TokenAccuracy, 6);
    }

    [Fact]
    public void Reports_in_conlleval_layout()
    {
        var scorer = new EntityScorer();
        scorer.Add(["I-PER", "O", "I-LOC"], ["B-PER", "O", "B-ORG"]);

        var report = scorer.Scores.ToReport();

        Assert.StartsWith("processed 3 tokens with 2 phrases; found: 2 phrases; correct: 1.", report, StringComparison.Ordinal);
        Assert.Contains("precision:  50.00%; recall:  50.00%; FB1:  50.00", report, StringComparison.Ordinal);
        Assert.Contains("              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_sequences_of_different_lengths()
    {
        Assert.Throws<ArgumentException>(() => new EntityScorer().Add(["O"], ["O", "O"]));
    }
}
