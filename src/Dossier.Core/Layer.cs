namespace Dossier;

/// <summary>The typed annotation layers a document can carry. Pipeline stages declare these as needs and products.</summary>
[Flags]
public enum Layer
{
    None = 0,
    Tokens = 1 << 0,
    Sentences = 1 << 1,
    Paragraphs = 1 << 2,
    Entities = 1 << 3,
    TimeExpressions = 1 << 4,
    Quotes = 1 << 5,
    Events = 1 << 6,

    /// <summary>Within-document coreference: <see cref="Document.Actors"/>.</summary>
    Actors = 1 << 7,
}
