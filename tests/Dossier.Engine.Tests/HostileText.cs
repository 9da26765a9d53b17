using System.Text;

namespace Dossier.Engine.Tests;

/// <summary>
/// Random text built from the pieces news text is made of and the pieces that break parsers:
/// dates and numbers near the limits of the calendar, quotes that never close, titles,
/// abbreviations, control characters, lone surrogates and long runs. Seeded, so a failure
/// reproduces.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Pieces =
    [
        "Yoon", "Suk-yeol", "President", "Kishida", "said", "told", "according to", "he", "she", "the prime minister",
        "Seoul", "U.S.", "Gen.", "Feb.", "No.", "J.", "Inc.", "a.m.", "p.m.", "Wednesday", "last week", "next year",
        "the following month", "that day", "over the weekend", "later in the day", "ago", "years", "days", "decades",
        "centuries", "6,000", "99999999999", "2147483648", "-1", "0", "9999", "10000", "1910-1945", "1910-45", "31",
        "February 30", "Feb. 29, 2023", "2023-02-29", "9999-12-31", "0001-01-01", "1st", "23rd", "two-day", "five-year",
        "$500 million", "2.5%", "1,000", "10:30", "24:61", "Q4", "spring", "every year", "weekly", "mid-1990s", "the 1990s",
        "\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "(", ")", "[", "]", "\u2014", "\u2013", "--", "...", "?!", ".", ",", ";", ":",
        "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u200B", "\u0000", "\u001B", "\uD800", "\uDC00", "\uD83D\uDE00", "e\u0301",
        "<script>", "&amp;", "\\", "/", "%", "#", "@",
    ];

    public static IEnumerable<string> Generate(int seed, int count, int maxPieces)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var pieces = random.Next(1, maxPieces);
            for (var p = 0; p < pieces; p++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    text.Append(' ');
                }
            }
            yield return text.ToString();
        }
    }
}
