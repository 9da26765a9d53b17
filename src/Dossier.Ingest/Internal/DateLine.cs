using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Ingest.Internal;

/// <summary>The sample articles' form: optional white space, <c>date YYYY-MM-DD</c>, white space, then the body.</summary>
internal static partial class DateLine
{
    public static (DateOnly? Date, string Body, string? Error) Split(string content)
    {
        var match = Pattern().Match(content);
        if (!match.Success)
        {
            return (null, content, null);
        }
        var value = match.Groups["date"].Value;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, content, $"has an impossible date line '{value}'");
        }
        return (date, content[match.Length..], null);
    }

    [GeneratedRegex(@"\A\s*date[ \t]+(?<date>\d{4}-\d{2}-\d{2})(?:\s+|\z)")]
    private static partial Regex Pattern();
}
