namespace Dossier.Engine;

/// <param name="Documents">Every stored article when the run was planned.</param>
/// <param name="Reannotated">The articles whose layers were replaced, in id order.</param>
/// <param name="AlreadyCurrent">Articles left as they were: annotated by the current pipeline already, or meanwhile by another process.</param>
/// <param name="Failures">Articles the pipeline failed on, with the reason; they keep their layers and are tried again by the next run.</param>
public sealed record ReannotationReport(
    int Documents,
    IReadOnlyList<long> Reannotated,
    int AlreadyCurrent,
    IReadOnlyList<ReannotationFailure> Failures);
