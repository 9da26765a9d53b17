namespace Dossier.Store;

/// <param name="Title">The source's headline, or failing that the opening of the first sentence.</param>
public sealed record DocumentSummary(
    long Id,
    DateOnly? Published,
    string Title,
    string Location,
    int Words,
    int Sentences,
    string ContentHash,
    DateTimeOffset IngestedAt);
