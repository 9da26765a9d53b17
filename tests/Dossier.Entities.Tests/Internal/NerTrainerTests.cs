using Dossier.Testing;

namespace Dossier.Entities.Tests.Internal;

public sealed class NerTrainerTests : IDisposable
{
    private const string Corpus = """
        -DOCSTART- -X- O O

        Kishida NNP I-NP I-PER
        visited VBD I-VP O
        Seoul NNP I-NP I-LOC
        . . O O

        Yoon NNP I-NP I-PER
        visited VBD I-VP O
        Tokyo NNP I-NP I-LOC
        . . O O

        -DOCSTART- -X- O O

        Aso NNP I-NP I-PER
        met VBD I-VP O
        officials NNS I-NP O
        of IN I-PP O
        Yonhap NNP I-NP I-ORG
        in IN I-PP O
        Seoul NNP I-NP I-LOC
        . . O O

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private NerTrainingOptions Options(int seed)
    {
        var corpus = _folder.Combine("train.conll");
        File.WriteAllText(corpus, Corpus);
        var clusters = _folder.Combine("clusters.txt");
        File.WriteAllText(clusters, "0010\tSeoul\t9\n0011\tTokyo\t7\n1100\tvisited\t5\n");
        return new NerTrainingOptions(corpus, corpus, clusters, IsoCodesDirectory: null, ListsDirectory: null, Epochs: 4, Seed: seed, Runs: 2, MinWeight: 0);
    }

    [Fact]
    public void Learns_the_training_sentences_and_reports_dev_f1_per_epoch_of_each_run()
    {
        var result = new NerTrainer(Options(seed: 1)).Train();

        Assert.Equal(2 * 4, result.DevF1PerEpoch.Length);
        Assert.Equal(100.0, result.DevScores.Overall.F1, 6);
        var document = new EntityRecognizer(result.Model).Annotate(HandTokens.Of("Yoon visited Seoul ."));
        Assert.Equal(
            [(EntityType.Person, "Yoon"), (EntityType.Location, "Seoul")],
            document.Mentions.Select(m => (m.Type, document[m.Span])));
    }

    [Fact]
    public void Writes_the_same_model_bytes_for_the_same_seed()
    {
        static byte[] Bytes(NerModel model)
        {
            using var stream = new MemoryStream();
            model.Save(stream);
            return stream.ToArray();
        }

        var first = Bytes(new NerTrainer(Options(seed: 7)).Train().Model);
        var second = Bytes(new NerTrainer(Options(seed: 7)).Train().Model);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Saved_models_load_back_and_tag_alike()
    {
        var model = new NerTrainer(Options(seed: 1)).Train().Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = NerModel.Load(stream);

        var input = HandTokens.Of("Kishida visited Tokyo .");
        // Weights are stored as 16-bit floats, so confidences may differ in late digits; spans and types may not.
        Assert.Equal(
            new EntityRecognizer(model).Annotate(input).Mentions.Select(m => (m.Span, m.Type)),
            new EntityRecognizer(loaded).Annotate(input).Mentions.Select(m => (m.Span, m.Type)));
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
    }

    [Fact]
    public void Refuses_a_stream_that_is_not_a_model()
    {
        using var stream = new MemoryStream(new byte[64]);

        Assert.Throws<InvalidDataException>(() => NerModel.Load(stream));
    }
}
