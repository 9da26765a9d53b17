namespace Dossier.Engine;

public sealed record ReannotationFailure(long Id, string Reason);
