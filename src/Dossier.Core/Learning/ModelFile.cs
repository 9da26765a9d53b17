using System.IO.Compression;
using System.Text;

namespace Dossier.Learning;

/// <summary>
/// The envelope of a trained model file: Brotli-compressed, a magic number and a format version
/// first, so a stale or foreign file fails to load with a reason instead of scoring badly.
/// </summary>
/// <param name="Kind">What the model is, for messages: "quote", "event".</param>
/// <param name="TrainVerb">The <c>dossier train</c> verb that rebuilds it: "quotes", "events".</param>
public sealed record ModelFile(int Magic, int Version, string Kind, string TrainVerb)
{
    /// <exception cref="InvalidDataException">The stream is not this kind of model at this version, or ends early.</exception>
    public T Read<T>(Stream stream, Func<BinaryReader, T> read)
    {
        try
        {
            using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(brotli, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException($"Not a Dossier {Kind} model of this version; retrain it with dossier train {TrainVerb}.");
            }
            return read(reader);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidOperationException)
        {
            throw new InvalidDataException($"Not a Dossier {Kind} model ({ex.Message}); retrain it with dossier train {TrainVerb}.", ex);
        }
    }

    public void Write(Stream stream, Action<BinaryWriter> write)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        write(writer);
    }
}
