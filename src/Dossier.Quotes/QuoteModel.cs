using Dossier.Learning;
using Dossier.Quotes.Internal;

namespace Dossier.Quotes;

/// <summary>
/// The trained half of the quote extractor, four linear models (averaged perceptrons) over hashed
/// features. The cue model scores each word as the head of an attribution cue ("said", "according
/// to", "is demanding", "called for"), so the extractor proposes attributions around cues its
/// lexicon lacks. The filter scores each attribution proposed around such a cue (cue, source,
/// content shape) and drops the unlikely ones. The content-end model picks where the content after
/// a cue stops: the sentence end, or a comma, dash, clause-opening word or adjunct preposition before it. The span tagger
/// labels the source and content around a cue no clause pattern reads. Load it once and share it; it is immutable and thread-safe.
/// </summary>
public sealed class QuoteModel
{
    private const string ResourceName = "Dossier.Quotes.en-news.quotemodel";

    /// <summary>Magic "QMDL"; the version is bumped whenever feature templates change meaning.</summary>
    private static readonly ModelFile Format = new(0x4C444D51, 3, "quote", "quotes");

    private static readonly Lazy<QuoteModel?> Shipped = new(LoadShipped);

    private readonly WeightTable cueWeights;
    private readonly WeightTable filterWeights;
    private readonly WeightTable endWeights;
    private readonly WeightTable taggerWeights;

    internal QuoteModel(IReadOnlyDictionary<ulong, float> cueWeights, IReadOnlyDictionary<ulong, float> filterWeights, IReadOnlyDictionary<ulong, float> endWeights, IReadOnlyDictionary<ulong, float> taggerWeights, QuoteThresholds thresholds)
        : this(new WeightTable(cueWeights), new WeightTable(filterWeights), new WeightTable(endWeights), new WeightTable(taggerWeights), thresholds)
    {
    }

    private QuoteModel(WeightTable cueWeights, WeightTable filterWeights, WeightTable endWeights, WeightTable taggerWeights, QuoteThresholds thresholds)
    {
        this.cueWeights = cueWeights;
        this.filterWeights = filterWeights;
        this.endWeights = endWeights;
        this.taggerWeights = taggerWeights;
        TaggerWeight = taggerWeights.Weight;
        Thresholds = thresholds;
    }

    /// <summary>Where the cue model and the filter draw their lines.</summary>
    public QuoteThresholds Thresholds { get; }

    /// <summary>Number of features with weights, in all four models.</summary>
    public int FeatureCount => cueWeights.Count + filterWeights.Count + endWeights.Count + taggerWeights.Count;

    /// <summary>The model shipped inside this assembly (trained by <c>dossier train quotes</c>), or null in a build without one.</summary>
    public static QuoteModel? Default => Shipped.Value;

    /// <summary>The same weights with other decision thresholds.</summary>
    public QuoteModel WithThresholds(QuoteThresholds thresholds) => new(cueWeights, filterWeights, endWeights, taggerWeights, thresholds);

    /// <summary>The same model without the span tagger's weights smaller than <paramref name="minimum"/> in magnitude.</summary>
    internal QuoteModel PruneTagger(float minimum) => new(cueWeights, filterWeights, endWeights, taggerWeights.Pruned(minimum), Thresholds);

    internal bool HasFilter => filterWeights.Count > 0;

    internal bool HasEnds => endWeights.Count > 0;

    internal bool HasTagger => taggerWeights.Count > 0;

    /// <summary>The span tagger's weight of one feature key; made once, as the tagger looks up weights one by one.</summary>
    internal Func<ulong, float> TaggerWeight { get; }

    internal float ScoreEnd(ReadOnlySpan<ulong> keys) => endWeights.Score(keys);

    internal float ScoreCue(CueFeatures features, int token)
    {
        Span<ulong> keys = stackalloc ulong[CueFeatures.MaxFeatures];
        return cueWeights.Score(keys[..features.Extract(token, keys)]);
    }

    internal float ScoreCandidate(CandidateFeatures features, FoundQuote quote)
    {
        Span<ulong> keys = stackalloc ulong[CandidateFeatures.MaxFeatures];
        return filterWeights.Score(keys[..features.Extract(quote, keys)]);
    }

    /// <exception cref="InvalidDataException">The stream is not a quote model of this version.</exception>
    public static QuoteModel Load(Stream stream) => Format.Read(stream, reader =>
    {
        var thresholds = new QuoteThresholds(reader.ReadSingle(), reader.ReadSingle());
        var cues = WeightTable.Read(reader);
        var filter = WeightTable.Read(reader);
        var ends = WeightTable.Read(reader);
        var tagger = WeightTable.Read(reader);
        return new QuoteModel(cues, filter, ends, tagger, thresholds);
    });

    /// <exception cref="InvalidDataException">The file is not a quote model of this version.</exception>
    public static QuoteModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Writes the model Brotli-compressed, weights as half floats, keys sorted so the same model gives the same bytes.</summary>
    public void Save(Stream stream) => Format.Write(stream, writer =>
    {
        writer.Write(Thresholds.Cue);
        writer.Write(Thresholds.Filter);
        cueWeights.Write(writer);
        filterWeights.Write(writer);
        endWeights.Write(writer);
        taggerWeights.Write(writer);
    });

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    private static QuoteModel? LoadShipped()
    {
        using var stream = typeof(QuoteModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}

/// <summary>The decision thresholds of a <see cref="QuoteModel"/>, chosen on development data.</summary>
/// <param name="Cue">A word whose cue score is above this heads a cue.</param>
/// <param name="Filter">A proposal around a cue only the model saw whose filter score is at or below this is dropped.</param>
public readonly record struct QuoteThresholds(float Cue, float Filter);
