namespace Dossier.Time.Internal;

/// <summary>A counted amount: "35", "twenty-four", "a", "2 1/2"; <see cref="Known"/> is false for "several", "a few".</summary>
internal readonly record struct Amount(int Whole, bool Half, bool Known, bool Approximate, int End);
