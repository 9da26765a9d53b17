namespace Dossier.Engine;

public sealed record IngestFailure(string Location, string Reason);
