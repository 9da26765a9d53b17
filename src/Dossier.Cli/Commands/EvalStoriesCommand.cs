using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Engine;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier eval stories [--data DIR] [--samples DIR] [--threshold X]</c>: clusters the seed articles,
/// Timeline17's H1N1 articles and the BBC News articles in one mixed stream, and scores the stories
/// against the known ones (seeds one story, H1N1 one story, each BBC article its own).
/// </summary>
internal static class EvalStoriesCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = $"Folder with {StoryCorpus.H1N1Archive} and {StoryCorpus.BbcArchive} (default: $DOSSIER_DATA, else ../shared/data)." };
        var samples = new Option<string>("--samples") { Description = "Folder of the seed articles, one story.", DefaultValueFactory = _ => "samples" };
        var defaults = StoryOptions.Default;
        var threshold = Values("--threshold", "Least score for an article to join a story", defaults.Threshold);
        var entityWeight = Values("--entity-weight", "Share of the score from entities", defaults.EntityWeight);
        var timeScale = Values("--time-scale", "Days after which a story's pull halves", defaults.TimeScaleDays);
        var terms = Values("--terms", "Content words compared per article", defaults.TermsPerArticle);
        var undated = Values("--undated-days", "Days counted when the article or the story has no date", defaults.UndatedDays);
        var merge = Values("--merge", "Least score for two stories to merge once the batch is placed; 1 never merges", defaults.MergeThreshold);
        var batch = new Option<int?>("--batch")
        {
            Description = "Place the articles N at a time, each batch against the stories of the earlier ones, as one ingest per batch would (default: all in one batch).",
        };
        batch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--batch must be 1 or more.");
            }
        });
        var command = new Command("stories", "Cluster the seeds, Timeline17 H1N1 and BBC News articles as one stream and print purity and B-cubed scores.")
        {
            data, samples, threshold, entityWeight, timeScale, terms, undated, merge, batch,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var folder = TrainCommand.DataFolder(context, result.GetValue(data));
            var seeds = result.GetValue(samples)!;
            string Archive(string relative) => File.Exists(Path.Combine(folder, relative))
                ? Path.Combine(folder, relative)
                : throw new CliException($"{Path.Combine(folder, relative)} not found; point --data (or DOSSIER_DATA) at the shared data folder.");
            if (!Directory.Exists(seeds))
            {
                throw new CliException($"{seeds} is not a folder; give the seed articles' folder with --samples.");
            }
            var articles = StoryCorpus.Mixed(
                StoryCorpus.Seeds(seeds).Concat(StoryCorpus.H1N1(Archive(StoryCorpus.H1N1Archive))).Concat(StoryCorpus.Bbc(Archive(StoryCorpus.BbcArchive))));

            var annotated = articles
                .AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .Select((article, index) => (Id: index + 1L, article.Gold, Result: context.Pipeline.TryAnnotate(article.Document, cancellationToken)))
                .Where(a => a.Result.Annotated is not null)
                .ToList();
            var documents = annotated.Select(a => new StoredDocument(a.Id, a.Result.Annotated!, DateTimeOffset.UnixEpoch)).ToList();
            var gold = annotated.ToDictionary(a => a.Id, a => a.Gold);

            if (articles.Count > documents.Count)
            {
                context.Console.MarkupLineInterpolated($"[yellow]{articles.Count - documents.Count} article(s) could not be annotated[/] and are left out");
            }
            var settings = (
                from t in result.GetValue(threshold)!
                from e in result.GetValue(entityWeight)!
                from d in result.GetValue(timeScale)!
                from w in result.GetValue(terms)!
                from u in result.GetValue(undated)!
                from m in result.GetValue(merge)!
                select new StoryOptions(t, e, d, (int)w, u, m)).ToList();
            var batchSize = result.GetValue(batch);
            var placed = batchSize is { } size ? $"in batches of {size}" : "in one batch";
            context.Console.MarkupLineInterpolated($"{documents.Count} articles placed {placed}; B-cubed counts each article outside the seeds and the H1N1 story as its own story");
            context.WriteRaw("threshold  entities  days  terms  undated  merge  stories      P      R     F1  purity  H1N1 P/R     seeds P/R    BBC P  seconds\n");
            StoryScores? last = null;
            foreach (var options in settings)
            {
                var clock = Stopwatch.StartNew();
                var clusterer = new StoryClusterer(options);
                var found = batchSize is { } perBatch ? clusterer.AssignInBatches(documents, perBatch) : clusterer.Assign(documents, new Dictionary<long, long>());
                var elapsed = clock.Elapsed;
                last = StoryEvaluation.Score(found, gold);
                context.WriteRaw(string.Create(CultureInfo.InvariantCulture,
                    $"{options.Threshold,9:0.###}  {options.EntityWeight,8:0.###}  {options.TimeScaleDays,4:0}  {options.TermsPerArticle,5}  {options.UndatedDays,7:0}  {options.MergeThreshold,5:0.###}  {last.Stories,7}  {Figures.Percent(last.Precision),5}  {Figures.Percent(last.Recall),5}  {Figures.Percent(last.F1),5}  {Figures.Percent(last.Purity),6}  {Group(last, StoryCorpus.H1N1Story),-11}  {Group(last, StoryCorpus.SeedStory),-11}  {Figures.Percent(BbcPrecision(found, gold)),5}  {elapsed.TotalSeconds,7:F2}\n"));
            }
            if (settings.Count == 1)
            {
                Write(context.Console, last!);
            }
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>A setting that takes several values to compare, comma-separated: <c>--threshold 0.15,0.2,0.25</c>.</summary>
    private static Option<double[]> Values(string name, string description, double fallback) => new(name)
    {
        Description = $"{description}; several comma-separated values are each tried (default {Number(fallback)}).",
        CustomParser = result => result.Tokens.Count == 0 ? [fallback] : ParseValues(result),
        DefaultValueFactory = _ => [fallback],
    };

    private static double[] ParseValues(System.CommandLine.Parsing.ArgumentResult result)
    {
        var values = new List<double>();
        foreach (var part in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                result.AddError($"'{part}' is not a number; give values such as 0.2 or 0.15,0.2.");
                return [];
            }
            values.Add(value);
        }
        return [.. values];
    }

    private static void Write(IAnsiConsole console, StoryScores scores)
    {
        var table = new Table().AddColumns("gold story", "articles", "stories", "largest", "intruders", "P", "R", "F1");
        foreach (var group in scores.Groups)
        {
            table.AddRow(group.Gold, Number(group.Articles), Number(group.Stories), Number(group.Largest), Number(group.Intruders),
                Figures.Percent(group.Precision), Figures.Percent(group.Recall), Figures.Percent(group.F1));
        }
        console.Write(table);
    }

    private static string Group(StoryScores scores, string gold) =>
        scores.Groups.FirstOrDefault(g => g.Gold == gold) is { } group ? $"{Figures.Percent(group.Precision)}/{Figures.Percent(group.Recall)}" : "";

    /// <summary>B-cubed precision over the BBC articles alone: each is its own gold story, so this is the mean of 1 / the size of its story.</summary>
    private static double BbcPrecision(Dictionary<long, long> found, Dictionary<long, string> gold)
    {
        var sizes = found.Values.CountBy(story => story).ToDictionary();
        var bbc = found.Where(f => StoryCorpus.IsBbc(gold[f.Key])).ToList();
        return bbc.Count == 0 ? 0 : bbc.Average(f => 1.0 / sizes[f.Value]);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
