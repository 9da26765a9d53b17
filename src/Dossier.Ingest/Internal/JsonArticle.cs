using System.Text.Json;

namespace Dossier.Ingest.Internal;

/// <summary>One JSON-lines record: <c>text</c>, and optionally <c>date</c>, <c>title</c>, <c>url</c>, <c>source</c>.</summary>
internal static class JsonArticle
{
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
            var text = String(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return IngestItem.Failed(location, "has no \"text\"");
            }
            DateOnly? date = defaultDate;
            if (String(root, "date") is { } dateText)
            {
                if (ArticleDate.Parse(dateText) is not { } parsed)
                {
                    return IngestItem.Failed(location, $"has a \"date\" that is not a date: '{dateText}'");
                }
                date = parsed;
            }
            var url = String(root, "url");
            var source = new DocumentSource(url ?? location, String(root, "title"), String(root, "source"), url);
            return IngestItem.Read(new Document(text, source, date));
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
