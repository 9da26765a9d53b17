using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dossier.Testing;

namespace Dossier.Web.Tests;

/// <summary>Reads answers as the bytes the server sent, with the machine's folders written as placeholders.</summary>
internal static class ApiAnswers
{
    /// <summary>The escaping the API promises: every Unicode letter as itself, HTML's characters as <c>\u003C</c>….</summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The body of a 200 JSON answer, as UTF-8 text with the samples folder written <c>samples/</c>, as the CLI's golden files write it.</summary>
    public static async Task<string> GetAsync(TestWebApp app, string path)
    {
        using var response = await app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return Portable(await response.Content.ReadAsStringAsync());
    }

    public static string Portable(string body)
    {
        var folder = System.Text.Json.JsonEncodedText.Encode(RepoPaths.Samples + Path.DirectorySeparatorChar, Encoder).ToString();
        return body.Replace(folder, "samples/", StringComparison.Ordinal);
    }

    /// <summary>A file of <c>tests/Dossier.Web.Tests/Golden</c>, rewritten first when <c>DOSSIER_UPDATE_GOLDEN=1</c>.</summary>
    public static void AssertGolden(string name, string actual)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Dossier.Web.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("DOSSIER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with DOSSIER_UPDATE_GOLDEN=1 to write it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    /// <summary>The text of a golden file of the CLI's tests, which pin its <c>--json</c> output on the same samples.</summary>
    public static string CliGolden(string name) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Dossier.Cli.Tests", "Golden", name));
}
