using Dossier.Engine;
using Dossier.Store;

namespace Dossier.Cli;

/// <summary>Tells a reader, beside the output, when stored articles were annotated by another pipeline than this one.</summary>
internal static class StaleNote
{
    /// <summary>Writes the note on standard error when some are, never into the output; only reads the store.</summary>
    public static async Task WriteAsync(CliContext context, IDossierStore store, CancellationToken cancellationToken)
    {
        var status = await AnnotationStatus.ReadAsync(store, context.PipelineVersion, cancellationToken);
        if (status.Stale > 0)
        {
            context.WriteNote(
                $"{status.Stale} of {status.Documents} stored articles were annotated by an older pipeline (or one built differently), "
                + "so their events, quotes and names may be missing or out of date. Run `dossier reannotate` to annotate them again.");
        }
    }
}
