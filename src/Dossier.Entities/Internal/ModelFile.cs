using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Dossier.Entities.Internal;

/// <summary>
/// The model's binary layout, Brotli-compressed: clusters, gazetteer, feature keys, weights as
/// 16-bit floats (half precision keeps three significant digits, plenty for perceptron weights)
/// and the transition scores.
/// </summary>
internal static class ModelFile
{
    private const int Magic = 0x52454E44; // "DNER"
    /// <summary>Bumped whenever feature templates or lists change meaning, so a stale model fails to load instead of tagging badly.</summary>
    private const int Version = 5;
    private const int T = TagSet.Count;

    public static void Write(Stream stream, SequenceTagger tagger)
    {
        var (extractor, keys, weights, transitions) = (tagger.Extractor, tagger.Keys, tagger.Weights, tagger.Transitions);
        using var brotli = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(T);
        WriteClusters(writer, extractor.Clusters);
        WriteClusters(writer, extractor.SecondClusters);
        var entries = extractor.Gazetteer.Entries.OrderBy(e => e.Key).ToArray();
        writer.Write(entries.Length);
        foreach (var (key, value) in entries)
        {
            writer.Write(key);
            writer.Write(value);
        }
        writer.Write(keys.Length);
        writer.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        var halves = new Half[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            halves[i] = (Half)weights[i];
        }
        writer.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(transitions.AsSpan()));
        writer.Write(tagger.Calibration.Slope);
        writer.Write(tagger.Calibration.Intercept);
    }

    /// <exception cref="InvalidDataException">The stream is not a model of this version.</exception>
    public static SequenceTagger Read(Stream stream)
    {
        try
        {
            return ReadModel(stream);
        }
        catch (Exception ex) when (ex is InvalidOperationException or EndOfStreamException)
        {
            throw new InvalidDataException($"Not a Dossier entity model ({ex.Message}); retrain it with dossier train ner.", ex);
        }
    }

    private static SequenceTagger ReadModel(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(brotli, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != T)
        {
            throw new InvalidDataException($"Not a Dossier entity model of version {Version} with {T} BILOU tags; retrain it with dossier train ner.");
        }
        var clusters = ReadClusters(reader);
        var secondClusters = ReadClusters(reader);
        var entryCount = reader.ReadInt32();
        var entries = new Dictionary<ulong, ushort>(entryCount);
        for (var i = 0; i < entryCount; i++)
        {
            var key = reader.ReadUInt64();
            entries[key] = reader.ReadUInt16();
        }
        var keys = new ulong[reader.ReadInt32()];
        ReadExactly(reader, MemoryMarshal.AsBytes(keys.AsSpan()));
        var halves = new Half[keys.Length * T];
        ReadExactly(reader, MemoryMarshal.AsBytes(halves.AsSpan()));
        var weights = new float[halves.Length];
        for (var i = 0; i < halves.Length; i++)
        {
            weights[i] = (float)halves[i];
        }
        var transitions = new float[Viterbi.TransitionLength];
        ReadExactly(reader, MemoryMarshal.AsBytes(transitions.AsSpan()));
        var calibration = new Calibration(reader.ReadDouble(), reader.ReadDouble());
        var extractor = new FeatureExtractor(clusters, new Gazetteer(entries), secondClusters);
        return new SequenceTagger(extractor, new FeatureTable(keys), weights, transitions, calibration);
    }

    private static void WriteClusters(BinaryWriter writer, ClusterLexicon clusters)
    {
        writer.Write(clusters.Paths.Length);
        foreach (var path in clusters.Paths)
        {
            writer.Write(path);
        }
        writer.Flush();
        clusters.Words.Write(writer);
    }

    private static ClusterLexicon ReadClusters(BinaryReader reader)
    {
        var paths = new string[reader.ReadInt32()];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = reader.ReadString();
        }
        return new ClusterLexicon(WordTable.Read(reader), paths);
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> target)
    {
        reader.BaseStream.ReadExactly(target);
    }
}
