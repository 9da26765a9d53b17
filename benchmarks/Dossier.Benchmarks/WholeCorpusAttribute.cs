namespace Dossier.Benchmarks;

/// <summary>Marks a benchmark method that processes the whole BBC corpus once, so its words per second can be reported.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WholeCorpusAttribute : Attribute;
