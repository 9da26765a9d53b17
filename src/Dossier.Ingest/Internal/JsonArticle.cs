using System.Text.Json;

namespace Dossier.Ingest.Internal;

/// <summary>One JSON-lines record: <c>text</c>, and optionally <c>date</c>, <c>title</c>, <c>url</c>, <c>source</c>.</summary>
internal static class JsonArticle
{
    private static readonly string[] Fields = ["text", "date", "title", "url", "source"];

    public static IngestItem Read(string location, string line, DateOnly? defaultDate)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return IngestItem.Failed(location, $"is not valid JSON ({ex.Message.Split('.')[0]})");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return IngestItem.Failed(location, "is not a JSON object");
            }
            var fields = new Dictionary<string, string?>(Fields.Length);
            foreach (var name in Fields)
            {
                if (!TryString(root, name, out var value))
                {
                    return IngestItem.Failed(location, $"has a string that is not valid UTF-16 (a lone surrogate escape) in \"{name}\"");
                }
                fields[name] = value;
            }
            var text = fields["text"];
            if (string.IsNullOrWhiteSpace(text))
            {
                return IngestItem.Failed(location, "has no \"text\"");
            }
            DateOnly? date = defaultDate;
            if (fields["date"] is { } dateText)
            {
                if (ArticleDate.Parse(dateText) is not { } parsed)
                {
                    return IngestItem.Failed(location, $"has a \"date\" that is not a date: '{dateText}'");
                }
                date = parsed;
            }
            var url = fields["url"];
            var source = new DocumentSource(url ?? location, fields["title"], fields["source"], url);
            return IngestItem.Read(new Document(text, source, date));
        }
    }

    /// <summary>
    /// The field's string, or null when it is absent or not a string. False when the string escapes
    /// half a surrogate pair (<c>"\ud800"</c>): valid JSON, but not text, and no .NET string can hold
    /// it for the pipeline or a JSON writer.
    /// </summary>
    private static bool TryString(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
        {
            return true;
        }
        try
        {
            value = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
