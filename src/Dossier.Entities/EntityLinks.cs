using System.Collections.Immutable;

namespace Dossier.Entities;

/// <summary>The entities <see cref="EntityLinker"/> found across the stored articles, and which entity each mention joined.</summary>
public sealed class EntityLinks
{
    private readonly Dictionary<(long Document, TextSpan Span), LinkedEntity> _byMention;

    internal EntityLinks(ImmutableArray<LinkedEntity> entities, Dictionary<(long Document, TextSpan Span), LinkedEntity> byMention)
    {
        Entities = entities;
        _byMention = byMention;
    }

    /// <summary>Most mentions first, then by name.</summary>
    public ImmutableArray<LinkedEntity> Entities { get; }

    /// <summary>The entity that the mention at exactly <paramref name="span"/> of the document joined; null when no mention has that span.</summary>
    public LinkedEntity? Find(long documentId, TextSpan span) => _byMention.GetValueOrDefault((documentId, span));
}
