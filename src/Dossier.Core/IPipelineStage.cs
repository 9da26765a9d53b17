namespace Dossier;

/// <summary>
/// One step of the NLP pipeline. A stage is built once with its lexicons and options, is
/// immutable and thread-safe, and returns a copy of the document with the layers it produces.
/// </summary>
public interface IPipelineStage
{
    /// <summary>Layers that must be present before this stage runs.</summary>
    Layer Needs { get; }

    /// <summary>Layers this stage sets.</summary>
    Layer Produces { get; }

    Document Annotate(Document document);

    /// <summary>
    /// Annotates the document unless the token is cancelled first. Stages that loop over sentences
    /// override this to check the token between sentences, so a long article stops within one
    /// sentence's work; the default checks once, before the stage starts.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Document Annotate(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Annotate(document);
    }
}
