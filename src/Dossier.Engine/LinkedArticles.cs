using Dossier.Entities;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// Stored articles with their who's who (<see cref="EntityLinker"/>) worked out once, on first use,
/// and shared by every view of them: the who's who itself, who said what, the people, the
/// timeline and what each article adds. Linking reads every mention of every article, so a brief
/// builds one of these and hands it to each of its sections.
/// </summary>
public sealed class LinkedArticles
{
    private readonly Lazy<EntityLinks> _links;

    /// <param name="documents">The articles, in the order the views list them.</param>
    public LinkedArticles(IReadOnlyList<StoredDocument> documents)
    {
        Documents = documents;
        _links = new Lazy<EntityLinks>(() => EntityLinker.Link(documents.Select(d => (d.Id, d.Document))));
    }

    public IReadOnlyList<StoredDocument> Documents { get; }

    /// <summary>The entities linked across <see cref="Documents"/>, and which one each mention joined.</summary>
    public EntityLinks Links => _links.Value;
}
