using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class PeopleCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var json = Options.Json();
        var command = new Command("people", "List the people, organisations and unnamed sources of the stored articles, with titles and affiliations.") { json };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            // Actors are resolved within each article; across articles, the same name and kind are listed
            // together, spelled alike up to case and hyphens ("Yoon Suk-yeol", "Yoon Suk Yeol").
            var people = new Dictionary<(string, ActorKind), Person>();
            await foreach (var stored in store.ReadAllAsync(cancellationToken))
            {
                var document = stored.Document;
                for (var a = 0; a < document.Actors.Length; a++)
                {
                    var actor = document.Actors[a];
                    var key = (actor.Name.Replace('-', ' ').ToUpperInvariant(), actor.Kind);
                    if (!people.TryGetValue(key, out var person))
                    {
                        person = people[key] = new Person(actor.Name, actor.Kind);
                    }
                    person.Documents.Add(stored.Id);
                    person.Mentions += actor.Mentions.Length;
                    person.Quotes += document.Quotes.Count(q => q.Speaker == a);
                    foreach (var role in actor.Roles.Where(r => !person.Roles.Exists(p => QuoteText.Role(p) == QuoteText.Role(r))))
                    {
                        person.Roles.Add(role);
                    }
                }
            }
            var ordered = people.Values.OrderByDescending(p => p.Quotes).ThenByDescending(p => p.Mentions).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
            if (result.GetValue(json))
            {
                Json.Print(context, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var person in ordered)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name"u8, person.Name);
                        writer.WriteString("kind"u8, Json.Name(person.Kind));
                        QuoteJson.WriteRoles(writer, person.Roles);
                        Json.WriteNumbers(writer, "documents"u8, person.Documents);
                        writer.WriteNumber("mentions"u8, person.Mentions);
                        writer.WriteNumber("quotes"u8, person.Quotes);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                });
                return ExitCodes.Success;
            }
            if (ordered.Count == 0)
            {
                context.Console.MarkupLine("No people found yet. Add articles with [bold]dossier ingest PATH[/].");
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("Name")
                .AddColumn("Kind")
                .AddColumn("Titles and affiliations")
                .AddColumn(new TableColumn("Quotes").RightAligned())
                .AddColumn(new TableColumn("Mentions").RightAligned())
                .AddColumn("Docs");
            foreach (var p in ordered)
            {
                table.AddRow(
                    new Text(p.Name),
                    new Text(QuoteText.Kind(p.Kind)),
                    new Text(QuoteText.Roles(p.Roles)),
                    new Text(p.Quotes.ToString(CultureInfo.InvariantCulture)),
                    new Text(p.Mentions.ToString(CultureInfo.InvariantCulture)),
                    new Text(string.Join(",", p.Documents)));
            }
            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed class Person(string name, ActorKind kind)
    {
        public string Name { get; } = name;

        public ActorKind Kind { get; } = kind;

        public SortedSet<long> Documents { get; } = [];

        public List<ActorRole> Roles { get; } = [];

        public int Mentions { get; set; }

        public int Quotes { get; set; }
    }
}
