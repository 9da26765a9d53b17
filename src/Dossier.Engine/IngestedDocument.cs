namespace Dossier.Engine;

/// <summary>What the report keeps of a stored document: enough to list it, not its layers.</summary>
public sealed record IngestedDocument(long Id, string Location, DateOnly? Published);
