namespace Dossier.Engine;

/// <param name="Added">Documents stored for the first time.</param>
/// <param name="Duplicates">Documents whose content was already stored, with the id it has.</param>
/// <param name="Failures">Inputs that could not be read or annotated, with the reason.</param>
public sealed record IngestReport(
    IReadOnlyList<IngestedDocument> Added,
    IReadOnlyList<IngestedDocument> Duplicates,
    IReadOnlyList<IngestFailure> Failures);
