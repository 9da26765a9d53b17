using Dossier.Entities;

namespace Dossier.Cli.Output;

/// <summary>Entity mentions and catalog entries as JSON; types are written person, organization, location, misc.</summary>
internal static class EntityJson
{
    public static object Mention(Document document, EntityMention mention) => new
    {
        mention.Span.Start,
        mention.Span.End,
        type = TypeName(mention.Type),
        confidence = Math.Round(mention.Confidence, 3),
        text = document[mention.Span],
    };

    public static object Of(CatalogEntry entry) => new
    {
        name = entry.Name,
        type = TypeName(entry.Type),
        mentions = entry.Mentions,
        documents = entry.Documents,
    };

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Location => "location",
        _ => "misc",
    };
}
