namespace Dossier;

/// <summary>The outcome for one document of a batch: the annotated document, or why it failed.</summary>
public sealed record AnnotationResult(Document Input, Document? Annotated, PipelineException? Error)
{
    public bool Succeeded => Annotated is not null;
}
