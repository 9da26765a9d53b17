namespace Dossier.Testing;

/// <summary>A stage that cancels the run it is part of, as a client hanging up or Ctrl+C would mid-annotation.</summary>
public sealed class CancellingStage(CancellationTokenSource cancellation, Layer needs) : IPipelineStage
{
    public Layer Needs => needs;

    public Layer Produces => Layer.None;

    public Document Annotate(Document document)
    {
        cancellation.Cancel();
        return document;
    }
}
