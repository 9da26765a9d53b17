namespace Dossier;

public static class Headline
{
    /// <summary>
    /// A one-line title for listings: the source's title, else the opening of the first
    /// sentence, cut at a word boundary to at most <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Of(Document document, int maxLength = 90)
    {
        var text = document.Source.Title
            ?? (document.Sentences.IsDefaultOrEmpty ? document.Text : document[document.Sentences[0].Span]);
        text = text.ReplaceLineEndings(" ").Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(',', ';', ':') + "…";
    }
}
