using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Engine;
using Dossier.Nlp;
using Dossier.Quotes;
using Dossier.Time;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train quotes</c>: rebuilds the shipped quote model from PolNeAR and tunes its thresholds on dev.</summary>
internal static class TrainQuotesCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data")
        {
            Description = "Folder with polnear/polnear-train-dev.tar.gz (default: $DOSSIER_DATA, else ../shared/data).",
        };
        var train = new Option<string?>("--train") { Description = "A PolNeAR-style folder (text/, attributions/) to train on instead of the archive's train split." };
        var dev = new Option<string?>("--dev") { Description = "A PolNeAR-style folder to tune the threshold on instead of the archive's dev split." };
        var output = new Option<string>("--output")
        {
            Description = "Where to write the model.",
            DefaultValueFactory = _ => Path.Combine("models", "quotes", "en-news.quotemodel"),
        };
        var epochs = new Option<int>("--epochs") { Description = "Training passes over the train split.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the example shuffle; the same seed gives the same model.", DefaultValueFactory = _ => 1 };
        var cueThresholds = new Option<string>("--cue-thresholds")
        {
            Description = "Comma-separated cue thresholds to try on dev.",
            DefaultValueFactory = _ => "-2,0,2",
        };
        var filterThresholds = new Option<string>("--filter-thresholds")
        {
            Description = "Comma-separated filter thresholds to try on dev; the pair with the best attribution F1 is kept.",
            DefaultValueFactory = _ => "-2,0,2,4",
        };
        var command = new Command("quotes", "Train the quote model (a cue tagger, an attribution filter and a content-end ranker, averaged perceptrons) on PolNeAR train, pick its thresholds by attribution F1 on PolNeAR dev, and write it. Rebuild afterwards to ship it.")
        {
            data, train, dev, output, epochs, seed, cueThresholds, filterThresholds,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var folder = TrainCommand.DataFolder(context, result.GetValue(data));
            var archive = Path.Combine(folder, "polnear", "polnear-train-dev.tar.gz");
            var trainCorpus = Corpus(result.GetValue(train), archive, "train");
            var devCorpus = Corpus(result.GetValue(dev), archive, "dev");
            context.Console.MarkupLineInterpolated($"{trainCorpus.Count} train articles, {devCorpus.Count} dev articles");

            var clock = Stopwatch.StartNew();
            // Time expressions too: the content-end model reads whether one opens the phrase after a break ("on Thursday").
            var prepare = Pipeline.Create([.. NlpPipeline.BaseStages(), new TemporalTagger()]);
            var model = QuoteTrainer.Train(trainCorpus, prepare.Annotate, result.GetValue(epochs), result.GetValue(seed), line => context.Console.WriteLine(line));

            // The dev articles are annotated up to the quote stage once; each threshold pair reruns only that stage.
            var before = DossierPipeline.CreateWithoutQuotes();
            var prepared = devCorpus.ToDictionary(item => item.Name, item => before.Annotate(new Document(item.Text, new DocumentSource(item.Name), published: null)));
            var best = (Model: model, F1: -1.0);
            var grid = from cue in ParseThresholds(result.GetValue(cueThresholds)!, "--cue-thresholds")
                       from filter in ParseThresholds(result.GetValue(filterThresholds)!, "--filter-thresholds")
                       select new QuoteThresholds(cue, filter);
            foreach (var thresholds in grid.ToList())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var candidate = model.WithThresholds(thresholds);
                var extractor = new QuoteExtractor(candidate);
                var scores = QuoteEvaluation.Run(devCorpus, document => extractor.Annotate(prepared[document.Source.Location]), cancellationToken).Scores;
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"cue {thresholds.Cue,4} filter {thresholds.Filter,4}: attribution P {scores.Attribution.Precision * 100:F1} R {scores.Attribution.Recall * 100:F1} F1 {scores.Attribution.F1 * 100:F1}; quoted content F1 {scores.QuotedContent.F1 * 100:F1}"));
                if (scores.Attribution.F1 > best.F1)
                {
                    best = (candidate, scores.Attribution.F1);
                }
            }
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            best.Model.Save(path);
            context.Console.MarkupLineInterpolated(
                $"Wrote [bold]{path}[/] ({best.Model.Thresholds}, dev attribution F1 {best.F1 * 100:F1}, {model.FeatureCount} features, {new FileInfo(path).Length / 1e6:F1} MB, {clock.Elapsed.TotalSeconds:F0} s). Rebuild to embed it.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static IReadOnlyList<AttributionDocument> Corpus(string? directory, string archive, string split)
    {
        if (directory is not null)
        {
            return BratAttributionReader.ReadCorpus(directory);
        }
        if (!File.Exists(archive))
        {
            throw new CliException($"{archive} not found; point --data (or DOSSIER_DATA) at the shared data folder, or give --train and --dev.");
        }
        return BratAttributionReader.ReadArchive(archive, split);
    }

    /// <summary>A comma-separated list of numbers given to <paramref name="option"/>.</summary>
    internal static IEnumerable<float> ParseThresholds(string list, string option) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t =>
            float.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new CliException($"{option}: '{t}' is not a number."));
}
