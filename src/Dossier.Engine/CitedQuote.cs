namespace Dossier.Engine;

/// <summary>One stored quote with the article it is in; <see cref="Quote.Speaker"/> indexes into that article's actors.</summary>
/// <param name="Speaker">The name the quote is listed under across the articles (<see cref="SpeakerQuotes"/>).</param>
public sealed record CitedQuote(long DocumentId, Document Document, Quote Quote, string Speaker);
