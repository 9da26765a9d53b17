namespace Dossier;

/// <summary>A stage failed on one document; names the stage and the document so the batch can report it and go on.</summary>
public sealed class PipelineException : Exception
{
    public PipelineException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    public PipelineException() : base("The pipeline failed.")
    {
    }

    public PipelineException(string message) : base(message)
    {
    }
}
