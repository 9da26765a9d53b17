namespace Dossier.Engine;

/// <summary>An article of an evaluation mix with the story it belongs to.</summary>
/// <param name="Gold">The gold story: articles with the same value tell one story.</param>
public sealed record LabelledArticle(Document Document, string Gold);
