namespace Dossier.Engine.Tests;

/// <summary>The shared corpora (<c>shared/data</c>): <c>$DOSSIER_DATA</c>, else the first <c>shared/data</c> above the tests' build folder.</summary>
internal static class SharedData
{
    public static string? Folder { get; } = Find();

    /// <summary>Why a test of the corpora cannot run here, or null when it can.</summary>
    public static string? Missing(params string[] files) =>
        Folder is null ? "shared/data not found above the build folder and DOSSIER_DATA unset"
        : files.FirstOrDefault(f => !File.Exists(Path.Combine(Folder, f))) is { } missing ? $"{Path.Combine(Folder, missing)} is missing"
        : null;

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("DOSSIER_DATA") is { Length: > 0 } data)
        {
            return data;
        }
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}

/// <summary>A test of the story clusterer on the shared corpora; skipped, with the reason, when they are not there.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoryCorporaFactAttribute : FactAttribute
{
    public StoryCorporaFactAttribute()
    {
        if (SharedData.Missing(StoryCorpus.H1N1Archive, StoryCorpus.BbcArchive) is { } reason)
        {
            Skip = $"Needs the shared corpora: {reason}.";
        }
    }
}
