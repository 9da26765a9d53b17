using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Entities.Internal;

/// <summary>Fills a gazetteer from the name lists used at training time: iso-codes data, compiled lists, and training entities.</summary>
internal static partial class GazetteerSources
{
    /// <summary>Country names (ISO 3166-1 name, common and official names) and regions (ISO 3166-2 subdivisions).</summary>
    public static void AddIsoCodes(Gazetteer gazetteer, string directory)
    {
        var countries = Path.Combine(directory, "iso_3166-1.json");
        if (File.Exists(countries))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(countries));
            foreach (var country in json.RootElement.GetProperty("3166-1").EnumerateArray())
            {
                foreach (var field in (string[])["name", "common_name", "official_name"])
                {
                    if (country.TryGetProperty(field, out var name))
                    {
                        AddName(gazetteer, name.GetString(), GazetteerList.Country);
                    }
                }
            }
        }
        var regions = Path.Combine(directory, "iso_3166-2.json");
        if (File.Exists(regions))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(regions));
            foreach (var region in json.RootElement.GetProperty("3166-2").EnumerateArray())
            {
                AddName(gazetteer, region.GetProperty("name").GetString(), GazetteerList.Region);
            }
        }
    }

    /// <summary>Reads the compiled lists (cities, nationalities, countries, organisations, organisation and place words, titles, surnames): one entry a line, <c>#</c> starts a comment.</summary>
    public static void AddLists(Gazetteer gazetteer, string directory)
    {
        foreach (var (file, list) in (ReadOnlySpan<(string, GazetteerList)>)[
            ("cities.txt", GazetteerList.City),
            ("nationalities.txt", GazetteerList.Nationality),
            ("countries.txt", GazetteerList.Country),
            ("organization-words.txt", GazetteerList.OrganizationWord),
            ("titles.txt", GazetteerList.PersonTitle),
            ("surnames.txt", GazetteerList.Surname),
            ("organizations.txt", GazetteerList.Organization),
            ("location-words.txt", GazetteerList.LocationWord)])
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                continue;
            }
            foreach (var line in File.ReadLines(path))
            {
                var name = line.Split('#')[0].Trim();
                AddName(gazetteer, name, list);
                // Peoples are written in the plural as often as not: Koreans, Israelis, South Africans.
                if (list == GazetteerList.Nationality && (name.EndsWith("an", StringComparison.Ordinal) || name.EndsWith('i')))
                {
                    AddName(gazetteer, name + "s", list);
                }
            }
        }
    }

    /// <summary>Adds every PER, ORG, LOC and MISC entity of the sentences under its training list.</summary>
    public static void AddEntities(Gazetteer gazetteer, IEnumerable<ConllSentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            var tags = sentence.Tags;
            foreach (var chunk in EntityScorer.Chunks(tags))
            {
                var type = TagSet.TypeOf(chunk.Type);
                if (type < 0)
                {
                    continue;
                }
                var tokens = new string[chunk.End - chunk.Start];
                for (var i = 0; i < tokens.Length; i++)
                {
                    tokens[i] = sentence.Tokens[chunk.Start + i].Text;
                }
                gazetteer.Add(tokens, (GazetteerList)type);
            }
        }
    }

    /// <summary>Splits a list entry the way news text is tokenised: words (with inner hyphens, periods and apostrophes), possessive 's, and single punctuation marks.</summary>
    public static string[] Tokenize(string name) => [.. NameToken().Matches(name).Select(m => m.Value)];

    private static void AddName(Gazetteer gazetteer, string? name, GazetteerList list)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }
        // "Korea, Republic of" and "Bolivia, Plurinational State of" are catalogue order, not how news writes them.
        if (name.Contains(',', StringComparison.Ordinal))
        {
            return;
        }
        gazetteer.Add(Tokenize(name), list);
    }

    [GeneratedRegex(@"['’]s\b|[\p{L}\p{N}]+(?:(?:[-.]|['’](?!s\b))[\p{L}\p{N}]+)*\.?|\S")]
    private static partial Regex NameToken();
}
