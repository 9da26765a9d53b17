using Dossier.Entities.Internal;

namespace Dossier.Entities;

/// <summary>
/// A trained entity model: an averaged-perceptron sequence tagger over BILOU tags with its word
/// clusters and gazetteers. Load it once and share it; it is immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    private const string ResourceName = "Dossier.Entities.en-news.nermodel";

    internal NerModel(SequenceTagger tagger)
    {
        Tagger = tagger;
    }

    internal SequenceTagger Tagger { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => Tagger.Table.Count;

    /// <summary>The model shipped inside this assembly (trained by <c>dossier train ner</c>).</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without a model file.</exception>
    public static NerModel LoadDefault()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                "This build has no entity model; run 'dossier train ner' to create models/ner/en-news.nermodel and rebuild.");
        return Load(stream);
    }

    /// <exception cref="InvalidDataException">The stream is not a model of this version.</exception>
    public static NerModel Load(Stream stream) => new(ModelFile.Read(stream));

    /// <exception cref="InvalidDataException">The file is not a model of this version.</exception>
    public static NerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public void Save(Stream stream)
    {
        ModelFile.Write(stream, Tagger);
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }
}
