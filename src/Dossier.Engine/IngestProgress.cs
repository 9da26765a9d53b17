namespace Dossier.Engine;

/// <param name="FilesDone">Files read so far, out of <paramref name="FilesTotal"/>.</param>
public readonly record struct IngestProgress(int FilesDone, int FilesTotal, string CurrentFile);
