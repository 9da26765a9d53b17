namespace Dossier.Ingest;

/// <summary>What reading one input yielded: a document, or the reason it could not be read.</summary>
/// <param name="Location">The file (and line, for JSON lines) the item came from.</param>
public sealed record IngestItem(string Location, Document? Document, string? Error)
{
    public static IngestItem Read(Document document) => new(document.Source.Location, document, null);

    public static IngestItem Failed(string location, string error) => new(location, null, error);

    public bool Succeeded => Document is not null;
}
