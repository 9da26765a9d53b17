using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Entities;
using Dossier.Json;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class EntitiesCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var type = new Option<string?>("--type")
        {
            Description = "Only this type: person, organization, location or misc (PER, ORG, LOC, MISC also accepted).",
        };
        var json = Options.Json();
        var command = new Command("entities", "List the named entities of the stored articles with their mention counts and documents.") { type, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            var only = ParseType(result.GetValue(type));
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            var documents = new List<(long, Document)>();
            await foreach (var stored in store.ReadAllAsync(cancellationToken))
            {
                documents.Add((stored.Id, stored.Document));
            }
            var entries = EntityCatalog.Build(documents).Where(e => only is null || e.Type == only).ToList();
            if (result.GetValue(json))
            {
                JsonOutput.PrintArray(context, entries, EntityJson.Write);
                return ExitCodes.Success;
            }
            if (entries.Count == 0)
            {
                context.Console.MarkupLine(documents.Count == 0
                    ? "No articles stored yet. Add some with [bold]dossier ingest PATH[/]."
                    : "No entities of that type in the stored articles.");
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("Name")
                .AddColumn("Type")
                .AddColumn(new TableColumn("Mentions").RightAligned())
                .AddColumn("Documents");
            foreach (var entry in entries)
            {
                table.AddRow(
                    new Text(entry.Name),
                    new Text(JsonNames.Name(entry.Type)),
                    new Text(entry.Mentions.ToString(CultureInfo.InvariantCulture)),
                    new Text(string.Join(", ", entry.Documents.Select(d => d.ToString(CultureInfo.InvariantCulture)))));
            }
            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static EntityType? ParseType(string? value) => value?.ToUpperInvariant() switch
    {
        null => null,
        "PERSON" or "PER" or "PEOPLE" => EntityType.Person,
        "ORGANIZATION" or "ORGANISATION" or "ORG" => EntityType.Organization,
        "LOCATION" or "LOC" or "PLACE" => EntityType.Location,
        "MISC" => EntityType.Misc,
        _ => throw new CliException($"--type '{value}' is not an entity type; use person, organization, location or misc."),
    };
}
