using Dossier.Entities;
using Dossier.Store;

namespace Dossier.Engine.Internal;

/// <summary>What the story clusterer compares of one article: how often it uses each content word and names each entity.</summary>
/// <param name="Terms">Content word key (<see cref="ContentWords.Key"/>) to count.</param>
/// <param name="Entities">Entity key ("Person:yoon suk yeol") to mentions; a surname counts for the one full name it stands for in the article.</param>
internal sealed record ArticleFeatures(long Id, DateOnly? Published, Dictionary<string, int> Terms, Dictionary<string, int> Entities)
{
    /// <summary>
    /// The version of the rules of <see cref="Of"/> (content words, stop words, entity keys, the linker's
    /// joins): one more whenever a change could give other counts, so that stored features made by the
    /// old rules are made again rather than trusted.
    /// </summary>
    public const int Version = 1;

    /// <summary>The layers <see cref="Of"/> reads: tokens for the content words, mentions for the entities.</summary>
    public const Layer Layers = Layer.Tokens | Layer.Entities;

    /// <summary>The features as stored, for an article of that date.</summary>
    public static ArticleFeatures Of(StoryFeatures stored, DateOnly? published) =>
        new(stored.DocumentId, published, new(stored.Terms, StringComparer.Ordinal), new(stored.Entities, StringComparer.Ordinal));

    public StoryFeatures ToStored() => new(Id, Version, Terms, Entities);

    public static ArticleFeatures Of(StoredDocument stored)
    {
        var document = stored.Document;
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in document.Tokens)
        {
            if (token.Kind == TokenKind.Word && ContentWords.Key(document.Text.AsSpan(token.Span.Start, token.Span.Length)) is { } key)
            {
                terms[key] = terms.GetValueOrDefault(key) + 1;
            }
        }
        var entities = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in EntityLinker.Link([(stored.Id, document)]).Entities)
        {
            entities[EntityKey(entity.Type, entity.Name)] = entity.Mentions;
        }
        return new ArticleFeatures(stored.Id, document.Published, terms, entities);
    }

    /// <summary>"Person:yoon suk yeol": the type, and the name in lower case with hyphens as spaces, so spellings across articles meet.</summary>
    public static string EntityKey(EntityType type, string name) =>
        type + ":" + string.Join(' ', name.ToLowerInvariant().Replace('-', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
