using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Ingest;
using Dossier.Json;

namespace Dossier.Cli.Commands;

internal static class AnnotateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "An article file (.txt, .jsonl, .html, .rss, .atom, .xml), or - to read plain text from standard input." };
        var date = Options.Date();
        var format = new Option<string>("--format")
        {
            Description = "text (readable) or json (every layer with offsets and covered text).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("annotate", "Run the pipeline on one article without storing it and print every layer.") { file, date, format };
        command.SetAction(async (result, cancellationToken) =>
        {
            var reader = new ArticleReader(Options.ParseDate(result.GetValue(date)));
            var path = result.GetValue(file)!;
            var items = path == "-"
                ? [reader.ReadText("<stdin>", await context.Input.ReadToEndAsync(cancellationToken))]
                : reader.ReadFile(path).ToList();
            var failed = items.FirstOrDefault(i => !i.Succeeded);
            if (failed is not null && items.Count == 1)
            {
                throw new CliException($"{failed.Location} {failed.Error}.");
            }

            // One document at a time, written as soon as it is annotated: memory stays at one article.
            var json = result.GetValue(format) == "json";
            var many = items.Count(i => i.Succeeded) > 1;
            if (json && many)
            {
                context.WriteRaw("[\n");
            }
            using var output = new JsonOutput(context);
            var first = true;
            foreach (var item in items.Where(i => i.Succeeded))
            {
                var annotated = context.Pipeline.TryAnnotate(item.Document!, cancellationToken);
                var document = annotated.Annotated ?? throw new CliException(annotated.Error!.Message);
                if (json)
                {
                    context.WriteRaw(first ? "" : ",\n");
                    output.Write(writer => DocumentJson.Write(writer, document));
                    first = false;
                }
                else
                {
                    DocumentText.WriteHeader(context.Console, document, null);
                    DocumentText.WriteSentences(context.Console, document);
                    LayerText.Write(context.Console, document);
                }
            }
            if (json)
            {
                context.WriteRaw(many ? "\n]\n" : "\n");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
