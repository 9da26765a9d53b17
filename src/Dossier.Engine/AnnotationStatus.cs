using Dossier.Store;

namespace Dossier.Engine;

/// <summary>How many stored articles were annotated by another pipeline than the current one.</summary>
/// <param name="Documents">Every stored article.</param>
/// <param name="Stale">
/// Articles whose layers another <see cref="Pipeline.Version"/> made (an older Dossier, or one built
/// differently), or whose version is unknown (stored before versions were recorded).
/// </param>
public sealed record AnnotationStatus(int Documents, int Stale)
{
    /// <summary>Counts with one read of each article's version; only reads, so a read-only user can ask.</summary>
    public static async Task<AnnotationStatus> ReadAsync(IDossierStore store, string version, CancellationToken cancellationToken = default)
    {
        var versions = await store.ListAnnotationVersionsAsync(cancellationToken);
        return new AnnotationStatus(versions.Count, versions.Count(v => v.AnnotationVersion != version));
    }
}
