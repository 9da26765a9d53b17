using System.Globalization;

namespace Dossier.Ingest.Internal;

internal static class ArticleDate
{
    /// <summary>A calendar date, or the date part of an ISO 8601 timestamp as written (its own offset, not converted).</summary>
    public static DateOnly? Parse(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp))
        {
            return DateOnly.FromDateTime(stamp.DateTime);
        }
        return null;
    }
}
