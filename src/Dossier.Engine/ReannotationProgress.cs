namespace Dossier.Engine;

/// <param name="Done">Articles finished so far (replaced, found current, or failed), out of <paramref name="Total"/>.</param>
public readonly record struct ReannotationProgress(int Done, int Total);
