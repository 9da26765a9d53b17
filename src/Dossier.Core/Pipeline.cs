using System.Collections.Immutable;
using Dossier.Internal;

namespace Dossier;

/// <summary>
/// An immutable chain of stages, checked when it is built: every stage's needs are produced by
/// a stage before it. Build one and share it between the CLI, the web server and the tests.
/// </summary>
public sealed class Pipeline
{
    private Pipeline(ImmutableArray<IPipelineStage> stages, Layer produces)
    {
        Stages = stages;
        Produces = produces;
        Version = VersionOf(stages.Select(s => s.GetType()));
    }

    public ImmutableArray<IPipelineStage> Stages { get; }

    /// <summary>Every layer an annotated document carries.</summary>
    public Layer Produces { get; }

    /// <summary>
    /// What made the layers of a document this pipeline annotates (its <see cref="Document.AnnotationVersion"/>):
    /// it changes whenever a stage, their order, or the code or models of a stage change. Stages
    /// built with other models than their defaults (training, tuning) are not told apart.
    /// </summary>
    public string Version { get; }

    /// <summary>The <see cref="Version"/> of a pipeline of stages of these types, in this order, found without building them.</summary>
    public static string VersionOf(IEnumerable<Type> stageTypes) => StageFingerprint.Of(stageTypes);

    /// <exception cref="InvalidOperationException">A stage needs a layer that no earlier stage produces.</exception>
    public static Pipeline Create(params IEnumerable<IPipelineStage> stages)
    {
        var list = stages.ToImmutableArray();
        var available = Layer.None;
        foreach (var stage in list)
        {
            var missing = stage.Needs & ~available;
            if (missing != Layer.None)
            {
                throw new InvalidOperationException(
                    $"{stage.GetType().Name} needs {missing}, which no stage before it produces.");
            }
            available |= stage.Produces;
        }
        return new Pipeline(list, available);
    }

    /// <exception cref="PipelineException">A stage threw; the message names the stage and the document.</exception>
    public Document Annotate(Document document) => Annotate(document, CancellationToken.None);

    /// <exception cref="PipelineException">A stage threw; the message names the stage and the document.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled: checked before each stage, and between sentences inside the stages that loop over them.</exception>
    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        var current = document;
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                current = stage.Annotate(current, cancellationToken) with { Layers = current.Layers | stage.Produces };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new PipelineException(
                    $"{stage.GetType().Name} failed on {document.Source.Location}: {ex.Message}", ex);
            }
        }
        return current with { AnnotationVersion = Version };
    }

    /// <summary>Annotates the document, or says in the result which stage failed on it and why.</summary>
    public AnnotationResult TryAnnotate(Document document) => TryAnnotate(document, CancellationToken.None);

    /// <summary>Annotates the document, or says in the result which stage failed on it and why.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; a cancelled document is not a failed one.</exception>
    public AnnotationResult TryAnnotate(Document document, CancellationToken cancellationToken)
    {
        try
        {
            return new AnnotationResult(document, Annotate(document, cancellationToken), null);
        }
        catch (PipelineException ex)
        {
            return new AnnotationResult(document, null, ex);
        }
    }

    /// <summary>Annotates each document in turn; a failing document is reported in its result and the rest go on.</summary>
    public IEnumerable<AnnotationResult> AnnotateAll(IEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        foreach (var document in documents)
        {
            yield return TryAnnotate(document, cancellationToken);
        }
    }
}
