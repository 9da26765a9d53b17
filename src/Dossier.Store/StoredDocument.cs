namespace Dossier.Store;

public sealed record StoredDocument(long Id, Document Document, DateTimeOffset IngestedAt);
