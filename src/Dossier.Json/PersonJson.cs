using System.Text.Json;
using Dossier.Engine;

namespace Dossier.Json;

/// <summary>One entry of <c>people --json</c> and <c>/api/people</c>: an actor across the stored articles.</summary>
public static class PersonJson
{
    public static void Write(Utf8JsonWriter writer, Person person)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, person.Name);
        writer.WriteString("kind"u8, JsonNames.Name(person.Kind));
        QuoteJson.WriteRoles(writer, "roles"u8, person.Roles);
        JsonValues.WriteNumbers(writer, "documents"u8, person.Documents);
        writer.WriteNumber("mentions"u8, person.Mentions);
        writer.WriteNumber("quotes"u8, person.Quotes);
        writer.WriteEndObject();
    }
}
