using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Dossier.Time;

namespace Dossier.Events.Internal;

/// <summary>
/// Reads one TimeML article of SemEval-2015 Task 4 as raw text: the title (<c>EXTRAINFO</c>, sentence
/// 0) and each <c>&lt;s id=N&gt;</c> as a paragraph of its own, the space-separated tokens joined back
/// into running text ("Apple Computer 's" is "Apple Computer's"), so the pipeline reads prose.
/// </summary>
internal static class SemEvalTimeML
{
    public static SemEvalArticle Read(string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(path);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"{path} is not a TimeML file: {ex.Message}", ex);
        }
        var root = xml.Root!;
        var docId = Child(root, "DOCID")?.Value.Trim() is { Length: > 0 } id ? id : Path.GetFileNameWithoutExtension(path).Split('-', '_')[0];
        var dct = Child(root, "DCT")?.Descendants().FirstOrDefault(e => e.Name.LocalName == "TIMEX3")?.Attribute("value")?.Value;
        var title = Child(root, "EXTRAINFO")?.Value ?? "";
        var numbered = (Child(root, "TEXT")?.Descendants().Where(e => e.Name.LocalName == "s") ?? [])
            .Select(s => (Number: int.TryParse(s.Attribute("id")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1, s.Value))
            .Where(s => s.Number > 0)
            .ToDictionary(s => s.Number, s => s.Value);
        var last = numbered.Count == 0 ? 0 : numbered.Keys.Max();
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>(last + 1);
        for (var n = 0; n <= last; n++)
        {
            if (n > 0)
            {
                text.Append("\n\n");
            }
            var start = text.Length;
            Detokenizer.Append(text, n == 0 ? title : numbered.GetValueOrDefault(n, ""));
            spans.Add(new TextSpan(start, text.Length));
        }
        var date = TimeMLReader.DayOf(dct);
        var document = new Document(text.ToString(), new DocumentSource(path, title.Length > 0 ? Detokenizer.Join(title) : null), date);
        return new SemEvalArticle(docId, document, spans.MoveToImmutable());
    }

    private static XElement? Child(XElement root, string name) => root.Descendants().FirstOrDefault(e => e.Name.LocalName == name);
}
