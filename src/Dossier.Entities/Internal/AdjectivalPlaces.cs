namespace Dossier.Entities.Internal;

/// <summary>
/// Place mentions that name no place become MISC, as CoNLL-2003 annotates them: a people or
/// nationality ("South Koreans", "Korean"), and places joined by hyphens into an adjective
/// ("Korea-Japan negotiations", "Japan-South Korea ties"; CoNLL's "Israel-PLO", "Iraq-U.N.").
/// A name that is itself on a place list stays a place ("Guinea-Bissau", "Bosnia-Hercegovina").
/// </summary>
internal static class AdjectivalPlaces
{
    /// <summary>The gazetteer lists whose entries are places.</summary>
    private const int Places = (1 << (int)GazetteerList.Country) | (1 << (int)GazetteerList.City)
        | (1 << (int)GazetteerList.Region) | (1 << (int)GazetteerList.TrainingLocation);

    private const int Peoples = 1 << (int)GazetteerList.Nationality;

    public static void Apply(string text, Gazetteer gazetteer, List<(EntityMention Mention, int Tokens)> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var (mention, tokens) = mentions[i];
            if (mention.Type != EntityType.Location)
            {
                continue;
            }
            var name = mention.Span.Of(text);
            var lists = Lists(gazetteer, name);
            if ((lists & Places) == 0 && ((lists & Peoples) != 0 || JoinsPlaces(gazetteer, name)))
            {
                mentions[i] = (mention with { Type = EntityType.Misc }, tokens);
            }
        }
    }

    /// <summary>True for "Seoul-Tokyo" and "Japan-South Korea": every part between hyphens is a capitalised place name.</summary>
    private static bool JoinsPlaces(Gazetteer gazetteer, string name)
    {
        var parts = name.Split('-');
        return parts.Length > 1 && parts.All(part => part.Length > 1 && char.IsUpper(part[0]) && (Lists(gazetteer, part) & Places) != 0);
    }

    private static int Lists(Gazetteer gazetteer, string name) => gazetteer.ListsOf(GazetteerSources.Tokenize(name));
}
