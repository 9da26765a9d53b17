using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Dossier.Time;

/// <summary>Reads TimeML (<c>.tml</c>) files as TempEval-3 distributes them.</summary>
public static class TimeMLReader
{
    /// <exception cref="FormatException">The file is not XML or has no <c>TEXT</c> element.</exception>
    public static TimeMLDocument Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, Path.GetFileNameWithoutExtension(path));
    }

    /// <exception cref="FormatException">The text is not XML or has no <c>TEXT</c> element.</exception>
    public static TimeMLDocument Parse(string xml, string fallbackDocId = "")
    {
        using var reader = new StringReader(xml);
        return Parse(XDocumentFrom(() => XDocument.Load(reader, LoadOptions.PreserveWhitespace)), fallbackDocId);
    }

    private static TimeMLDocument Parse(Stream stream, string fallbackDocId) =>
        Parse(XDocumentFrom(() => XDocument.Load(stream, LoadOptions.PreserveWhitespace)), fallbackDocId);

    private static XDocument XDocumentFrom(Func<XDocument> load)
    {
        try
        {
            return load();
        }
        catch (XmlException ex)
        {
            throw new FormatException($"Not a TimeML file: {ex.Message}", ex);
        }
    }

    private static TimeMLDocument Parse(XDocument xml, string fallbackDocId)
    {
        var root = xml.Root ?? throw new FormatException("Not a TimeML file: no root element.");
        var textElement = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "TEXT")
            ?? throw new FormatException("Not a TimeML file: no TEXT element.");
        var docId = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "DOCID")?.Value.Trim();
        var dct = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "DCT")?
            .Descendants().FirstOrDefault(e => e.Name.LocalName == "TIMEX3")?
            .Attribute("value")?.Value;

        var text = new System.Text.StringBuilder();
        var found = new Found();
        Collect(textElement, text, found);
        return new TimeMLDocument(
            string.IsNullOrEmpty(docId) ? fallbackDocId : docId,
            DayOf(dct),
            text.ToString(),
            found.Timexes.ToImmutable())
        {
            TimexIds = found.TimexIds.ToImmutable(),
            Events = found.Events.ToImmutable(),
            Links = TimeMLLinks.Read(root),
        };
    }

    private static void Collect(XElement element, System.Text.StringBuilder text, Found found)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText characters:
                    text.Append(characters.Value);
                    break;
                case XElement child:
                    var start = text.Length;
                    Collect(child, text, found);
                    var span = new TextSpan(start, text.Length);
                    if (child.Name.LocalName == "TIMEX3")
                    {
                        found.Timexes.Add(TimexOf(child, span));
                        found.TimexIds.Add(child.Attribute("tid")?.Value ?? "");
                    }
                    else if (child.Name.LocalName == "EVENT")
                    {
                        found.Events.Add(new TimeMLEvent(child.Attribute("eid")?.Value ?? "", span, child.Attribute("class")?.Value ?? ""));
                    }
                    break;
            }
        }
    }

    private sealed class Found
    {
        public ImmutableArray<TimeExpression>.Builder Timexes { get; } = ImmutableArray.CreateBuilder<TimeExpression>();

        public ImmutableArray<string>.Builder TimexIds { get; } = ImmutableArray.CreateBuilder<string>();

        public ImmutableArray<TimeMLEvent>.Builder Events { get; } = ImmutableArray.CreateBuilder<TimeMLEvent>();
    }

    private static TimeExpression TimexOf(XElement element, TextSpan span) =>
        new(span, TypeOf(element.Attribute("type")?.Value), element.Attribute("value")?.Value ?? "")
        {
            Mod = ModOf(element.Attribute("mod")?.Value),
            Begin = element.Attribute("beginPoint")?.Value,
            End = element.Attribute("endPoint")?.Value,
        };

    private static TimexType TypeOf(string? type) => type?.ToUpperInvariant() switch
    {
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => TimexType.Date,
    };

    private static TimexMod ModOf(string? mod) => mod is null ? TimexMod.None : TimexValues.ParseMod(mod);

    /// <summary>The DCT's day: its value begins <c>YYYY-MM-DD</c> (a time of day may follow).</summary>
    public static DateOnly? DayOf(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
