namespace Dossier.Store;

/// <param name="Added">False when the same content was already stored under <paramref name="Id"/>.</param>
public sealed record SaveResult(long Id, bool Added);
