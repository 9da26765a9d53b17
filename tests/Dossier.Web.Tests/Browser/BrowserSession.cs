using System.Collections;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Dossier.Web.Tests.Browser;

/// <summary>
/// One headless chromium on one server (Kestrel on a loopback port, the three samples stored),
/// shared by the tests of a class. Besides the page it records what a person would not see but a
/// broken page shows: console errors, Content-Security-Policy violations and script dialogs.
/// Set <c>DOSSIER_SCREENSHOTS</c> to a folder to keep a screenshot of each view there.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    /// <summary>Longest wait for the page to show something: generous for a busy 2-core machine; a wait that succeeds returns at once.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Runs before the page's own script in every document the browser opens (through the
    /// DevTools protocol, so the page's CSP does not apply to it). Dialogs are recorded, not shown.
    /// </summary>
    private const string Recorder = """
        (() => {
          const seen = window.__dossierTest = { violations: [], dialogs: [] };
          document.addEventListener('securitypolicyviolation', (e) =>
            seen.violations.push(`CSP ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} at ${e.sourceFile}:${e.lineNumber}`));
          for (const name of ['alert', 'confirm', 'prompt']) {
            window[name] = (message) => { seen.dialogs.push(`${name}(${String(message)})`); };
          }
        })();
        """;

    private readonly List<string> _problems = [];
    private ChromeDriver? _driver;
    private TestWebApp? _app;

    public IWebDriver Driver => _driver ?? throw new InvalidOperationException("The browser did not start.");

    public TestWebApp App => _app ?? throw new InvalidOperationException("The server did not start.");

    public async Task InitializeAsync()
    {
        if (Chromium.Missing is { } reason)
        {
            // Every test is skipped then (BrowserFact), except on CI, where they must run.
            if (!Chromium.Required)
            {
                return;
            }
            throw new InvalidOperationException($"CI=true, but {reason}.");
        }
        _app = await TestWebApp.StartOnLoopbackAsync(samples: true);
        _driver = StartChromium();
        _driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new() { ["source"] = Recorder });
    }

    /// <summary>Loads the page afresh at <c>/?query#hash</c>, as a person opening a bookmark would.</summary>
    /// <param name="query">The address's query without its <c>?</c>, e.g. <c>story=4</c>; none when empty.</param>
    public void Open(string hash, string query = "")
    {
        Collect();
        // From another document, so that a change of the fragment alone is still a full load.
        Driver.Navigate().GoToUrl("about:blank");
        var address = "/" + (query.Length == 0 ? "" : "?" + query) + (hash.Length == 0 ? "" : "#" + hash);
        Driver.Navigate().GoToUrl(new Uri(App.BaseAddress, address));
    }

    /// <summary>Waits until <paramref name="condition"/> gives something other than null or false.</summary>
    public T WaitUntil<T>(Func<IWebDriver, T?> condition, string what)
    {
        var wait = new WebDriverWait(Driver, Patience) { Message = "The page never showed " + what };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition)!;
    }

    /// <summary>Waits until at least one element matches <paramref name="css"/> and is shown, then gives them all.</summary>
    public IReadOnlyList<IWebElement> WaitForAll(string css) =>
        WaitUntil(d =>
        {
            var found = d.FindElements(By.CssSelector(css));
            return found.Count > 0 && found[0].Displayed ? found : null;
        }, $"any '{css}'");

    public object? Script(string javascript, params object[] arguments) =>
        ((IJavaScriptExecutor)Driver).ExecuteScript(javascript, arguments);

    /// <summary>Console errors, CSP violations and dialogs since the last call: none on a sound page.</summary>
    public IReadOnlyList<string> TakeProblems()
    {
        Collect();
        var problems = _problems.ToList();
        _problems.Clear();
        return problems;
    }

    /// <summary>Saves what the window shows as <c>NAME.png</c> in <c>DOSSIER_SCREENSHOTS</c>, when that is set.</summary>
    public void Screenshot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("DOSSIER_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }
        Directory.CreateDirectory(folder);
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
    }

    public async Task DisposeAsync()
    {
        _driver?.Quit();
        _driver?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Moves what the browser logged and the recorder saw into the list, before a new document drops the recorder's.</summary>
    private void Collect()
    {
        _problems.AddRange(Driver.Manage().Logs.GetLog(LogType.Browser)
            .Where(entry => entry.Level == LogLevel.Severe)
            .Select(entry => "console: " + entry.Message));
        if (Script("return window.__dossierTest ? [...window.__dossierTest.violations.splice(0), ...window.__dossierTest.dialogs.splice(0)] : [];") is IEnumerable seen)
        {
            _problems.AddRange(seen.Cast<object>().Select(item => item.ToString()!));
        }
    }

    private static ChromeDriver StartChromium()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Chromium.DriverPath)!, Path.GetFileName(Chromium.DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium.BrowserPath };
        // No sandbox: chromium refuses to start as root (CI's user) with it, and the only page it opens is ours on loopback.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--no-first-run", "--disable-extensions", "--disable-background-networking", "--window-size=1280,1000");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        return new ChromeDriver(service, options, Patience);
    }
}
