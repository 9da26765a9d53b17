namespace Dossier.Web.Tests.Browser;

/// <summary>
/// Debian's <c>chromium</c> and <c>chromium-driver</c>, found on PATH. The tests never download
/// a browser: without these two programs they are skipped, except on CI, where they must run.
/// </summary>
public static class Chromium
{
    public static string? BrowserPath { get; } = OnPath("chromium");

    public static string? DriverPath { get; } = OnPath("chromedriver");

    /// <summary>CI (which sets <c>CI=true</c>) installs both programs, so there a missing one fails the tests.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Missing =>
        (BrowserPath, DriverPath) switch
        {
            (null, null) => "chromium and chromedriver are not on PATH (apt-get install chromium chromium-driver)",
            (null, _) => "chromium is not on PATH (apt-get install chromium)",
            (_, null) => "chromedriver is not on PATH (apt-get install chromium-driver)",
            _ => null,
        };

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
