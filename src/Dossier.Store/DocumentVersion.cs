namespace Dossier.Store;

/// <param name="AnnotationVersion">The <see cref="Pipeline.Version"/> its layers were made with; null when stored before versions were recorded.</param>
public sealed record DocumentVersion(long Id, string? AnnotationVersion);
