using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Commands;

internal static class BriefCommand
{
    public static Command Create(CliContext context, Option<string?> database)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders to add first (optional).", Arity = ArgumentArity.ZeroOrMore };
        var date = Options.Date();
        var json = Options.Json();
        var markdown = new Option<bool>("--markdown") { Description = "Print the brief as a Markdown document, every fact cited to its article." };
        var story = new Option<long?>("--story") { Description = "Brief one story, by the id `dossier stories` lists." };
        var command = new Command("brief", "Add the given articles to the store, then print what is known so far.") { paths, date, json, markdown, story };
        command.SetAction(async (result, cancellationToken) =>
        {
            var inputs = result.GetValue(paths) ?? [];
            var exitCode = ExitCodes.Success;
            await using var store = await context.OpenStoreAsync(result.GetValue(database), cancellationToken);
            if (inputs.Length > 0)
            {
                var report = await IngestCommand.RunAsync(context, store, inputs, Options.ParseDate(result.GetValue(date)), cancellationToken);
                if (!result.GetValue(json) && !result.GetValue(markdown))
                {
                    IngestCommand.PrintReport(context.Console, report, context.DatabasePath(result.GetValue(database)));
                    context.Console.WriteLine();
                }
                exitCode = IngestCommand.ExitCode(report);
            }

            await StaleNote.WriteAsync(context, store, cancellationToken);
            var stored = await StoreReads.AllAsync(store, cancellationToken);
            var stories = await StoryReads.StoriesAsync(context, store, stored, cancellationToken);
            var chosen = result.GetValue(story) is { } storyId ? StoryReads.Find(context, stories, storyId) : null;
            // A chosen story's who's who is linked once for its brief and its additions alike.
            var articles = chosen?.Articles ?? new LinkedArticles(stored);
            var documents = articles.Documents;
            var additions = StoryReads.Additions(chosen is null ? stories : [chosen]);
            if (result.GetValue(json))
            {
                JsonOutput.Print(context, writer => BriefJson.Write(writer, articles, additions));
            }
            else if (result.GetValue(markdown))
            {
                context.WriteRaw(BriefMarkdown.Of(articles, additions));
            }
            else if (documents.Count == 0)
            {
                context.Console.MarkupLine("The store is empty. Give articles to brief: [bold]dossier brief samples/[/].");
            }
            else
            {
                BriefText.Write(context.Console, articles, additions);
            }
            return exitCode;
        });
        return command;
    }
}
