namespace Dossier.Engine;

/// <summary>One stored quote with the article it is in; <see cref="Quote.Speaker"/> indexes into that article's actors.</summary>
public sealed record CitedQuote(long DocumentId, Document Document, Quote Quote);
