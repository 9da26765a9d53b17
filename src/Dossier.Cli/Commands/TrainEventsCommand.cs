using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Events;
using Dossier.Nlp;
using Dossier.Time;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train events</c>: rebuilds the shipped event trigger model from TempEval-3's TimeBank and tunes it on AQUAINT.</summary>
internal static class TrainEventsCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data")
        {
            Description = "Folder with tempeval3/TBAQ-cleaned.tar.gz (default: $DOSSIER_DATA, else ../shared/data).",
        };
        var output = new Option<string>("--output")
        {
            Description = "Where to write the model.",
            DefaultValueFactory = _ => Path.Combine("models", "events", "en-news.eventmodel"),
        };
        var epochs = new Option<int>("--epochs") { Description = "Training passes over the TimeBank words.", DefaultValueFactory = _ => 8 };
        var seed = new Option<int>("--seed") { Description = "Seed of the example shuffle; the same seed gives the same model.", DefaultValueFactory = _ => 1 };
        var thresholds = new Option<string>("--thresholds")
        {
            Description = "Comma-separated trigger thresholds to try on AQUAINT; the best trigger F1 is kept.",
            DefaultValueFactory = _ => "-4,-3,-2,-1,0,1,2",
        };
        var command = new Command("events", "Train the event trigger model (an averaged perceptron over each word and its neighbours) on TimeBank's gold EVENTs, pick its threshold by trigger F1 on AQUAINT, and write it. Rebuild afterwards to ship it.")
        {
            data, output, epochs, seed, thresholds,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var archive = Path.Combine(TrainCommand.DataFolder(context, result.GetValue(data)), "tempeval3", "TBAQ-cleaned.tar.gz");
            if (!File.Exists(archive))
            {
                throw new CliException($"{archive} not found; point --data (or DOSSIER_DATA) at the shared data folder.");
            }
            var clock = Stopwatch.StartNew();
            var train = TimeMLArchive.Read(archive, "TimeBank");
            var dev = TimeMLArchive.Read(archive, "AQUAINT");
            cancellationToken.ThrowIfCancellationRequested();
            var options = new EventTrainingOptions(result.GetValue(epochs), result.GetValue(seed), [.. TrainQuotesCommand.ParseThresholds(result.GetValue(thresholds)!, "--thresholds")]);
            var prepare = Pipeline.Create([.. NlpPipeline.BaseStages()]);
            var trained = EventTrainer.Train(train, dev, prepare.Annotate, options, line => context.Console.WriteLine(line));

            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            trained.Model.Save(path);
            var (share, lexicon) = trained.Lexicon;
            context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"AQUAINT dev triggers: model P {trained.Dev.Precision * 100:F1} R {trained.Dev.Recall * 100:F1} F1 {trained.Dev.F1 * 100:F1} (threshold {trained.Model.Threshold}); lexicon of TimeBank words that are events at least {share:P0} of the time P {lexicon.Precision * 100:F1} R {lexicon.Recall * 100:F1} F1 {lexicon.F1 * 100:F1}"));
            context.Console.MarkupLineInterpolated(
                $"Wrote [bold]{path}[/] ({trained.Model.FeatureCount} features, {new FileInfo(path).Length / 1e6:F1} MB, {clock.Elapsed.TotalSeconds:F0} s). Rebuild to embed it.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
