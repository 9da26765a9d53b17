namespace Dossier.Testing;

/// <summary>A stage that changes nothing and counts how often it ran, from any thread.</summary>
public sealed class CountingStage(Layer needs) : IPipelineStage
{
    private int runs;

    public int Runs => Volatile.Read(ref runs);

    public Layer Needs => needs;

    public Layer Produces => Layer.None;

    public Document Annotate(Document document)
    {
        Interlocked.Increment(ref runs);
        return document;
    }
}
