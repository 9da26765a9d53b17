using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
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
    private const int Magic = 0x4C444D45; // "EMDL"
    /// <summary>Bumped whenever feature templates change meaning, so a stale model fails to load instead of scoring badly.</summary>
    private const int Version = 1;

    private static readonly Lazy<EventModel> Shipped = new(LoadShipped);

    private readonly FrozenDictionary<ulong, float> weights;

    internal EventModel(IReadOnlyDictionary<ulong, float> weights, float threshold)
    {
        this.weights = weights.ToFrozenDictionary();
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
        var score = 0f;
        foreach (var key in keys[..TriggerFeatures.Extract(words, token, first, end, keys)])
        {
            if (weights.TryGetValue(key, out var weight))
            {
                score += weight;
            }
        }
        return score;
    }

    /// <exception cref="InvalidDataException">The stream is not an event model of this version.</exception>
    public static EventModel Load(Stream stream)
    {
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException("Not a Dossier event model of this version; retrain it with dossier train events.");
            }
            var threshold = reader.ReadSingle();
            return new EventModel(WeightTable.Read(reader), threshold);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidOperationException)
        {
            throw new InvalidDataException($"Not a Dossier event model ({ex.Message}); retrain it with dossier train events.", ex);
        }
    }

    /// <exception cref="InvalidDataException">The file is not an event model of this version.</exception>
    public static EventModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Writes the model Brotli-compressed; the same model gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Threshold);
        WeightTable.Write(writer, weights);
    }

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
