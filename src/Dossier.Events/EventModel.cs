using Dossier.Events.Internal;
using Dossier.Learning;

namespace Dossier.Events;

/// <summary>
/// The event trigger model: an averaged perceptron over hashed features of each word and its
/// neighbours that says whether the word names an event, in TimeML's sense ("met", "meeting",
/// "summit", "ruling", "said", "fired"). Load it once and share it; it is immutable and thread-safe.
/// </summary>
public sealed class EventModel
{
    private const string ResourceName = "Dossier.Events.en-news.eventmodel";

    /// <summary>Magic "EMDL"; the version is bumped whenever feature templates change meaning.</summary>
    private static readonly ModelFile Format = new(0x4C444D45, 1, "event", "events");

    private static readonly Lazy<EventModel> Shipped = new(LoadShipped);

    private readonly WeightTable weights;

    internal EventModel(IReadOnlyDictionary<ulong, float> weights, float threshold)
        : this(new WeightTable(weights), threshold)
    {
    }

    private EventModel(WeightTable weights, float threshold)
    {
        this.weights = weights;
        Threshold = threshold;
    }

    /// <summary>A word whose score is above this is a trigger; chosen on development data.</summary>
    public float Threshold { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => weights.Count;

    /// <summary>The model shipped inside this assembly, trained by <c>dossier train events</c>.</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without <c>models/events/en-news.eventmodel</c>.</exception>
    public static EventModel Default => Shipped.Value;

    /// <summary>The same weights with another threshold.</summary>
    public EventModel WithThreshold(float threshold) => new(weights, threshold);

    internal float Score(ArticleWords words, int token, int first, int end)
    {
        Span<ulong> keys = stackalloc ulong[TriggerFeatures.MaxFeatures];
        return weights.Score(keys[..TriggerFeatures.Extract(words, token, first, end, keys)]);
    }

    /// <exception cref="InvalidDataException">The stream is not an event model of this version.</exception>
    public static EventModel Load(Stream stream) => Format.Read(stream, reader =>
    {
        var threshold = reader.ReadSingle();
        return new EventModel(WeightTable.Read(reader), threshold);
    });

    /// <exception cref="InvalidDataException">The file is not an event model of this version.</exception>
    public static EventModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Writes the model Brotli-compressed; the same model gives the same bytes.</summary>
    public void Save(Stream stream) => Format.Write(stream, writer =>
    {
        writer.Write(Threshold);
        weights.Write(writer);
    });

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    private static EventModel LoadShipped()
    {
        using var stream = typeof(EventModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("This build has no event model; run dossier train events, then rebuild.");
        return Load(stream);
    }
}
