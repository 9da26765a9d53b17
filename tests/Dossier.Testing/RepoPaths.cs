namespace Dossier.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding Dossier.slnx.</summary>
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string prefix) =>
        Directory.EnumerateFiles(Samples, prefix + "*.txt").Single();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dossier.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}
