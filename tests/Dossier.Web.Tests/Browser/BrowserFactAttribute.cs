namespace Dossier.Web.Tests.Browser;

/// <summary>
/// A test that drives headless chromium. It is skipped, with the reason, when chromium or
/// chromedriver is missing, unless <c>CI=true</c>: there it runs and fails on the missing program.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Missing is { } reason && !Chromium.Required)
        {
            Skip = $"Browser test skipped: {reason}.";
        }
    }
}
