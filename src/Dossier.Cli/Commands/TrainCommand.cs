using System.CommandLine;
using Dossier.Entities;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train ner</c>: rebuilds the shipped entity model from the training corpora.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data")
        {
            Description = "Folder with conll2003/eng.train.gz, conll2003/eng.testa.gz, lexical/brown-rcv1-turian-c1000.txt.gz and lexical/brown-bllip-koo-c1000.txt.gz (default: $DOSSIER_DATA, else ../shared/data).",
        };
        var output = new Option<string>("--output")
        {
            Description = "Where to write the model.",
            DefaultValueFactory = _ => Path.Combine("models", "ner", "en-news.nermodel"),
        };
        var lists = new Option<string>("--lists")
        {
            Description = "Folder of compiled name lists (cities.txt, nationalities.txt).",
            DefaultValueFactory = _ => Path.Combine("models", "ner", "lists"),
        };
        var train = new Option<string?>("--train") { Description = "A CoNLL-format training file to use instead of conll2003/eng.train.gz (IOB1 or IOB2 over PER, ORG, LOC, MISC)." };
        var dev = new Option<string?>("--dev") { Description = "A CoNLL-format development file to use instead of conll2003/eng.testa.gz." };
        var epochs = new Option<int>("--epochs") { Description = "Training passes; the one with the best dev F1 is kept.", DefaultValueFactory = _ => 15 };
        var seed = new Option<int>("--seed") { Description = "Seed of the first run's sentence shuffle (runs use seed, seed+1, …); the same seed gives the same model.", DefaultValueFactory = _ => 1 };
        var runs = new Option<int>("--runs") { Description = "Independent training runs whose best-epoch weights are averaged.", DefaultValueFactory = _ => 3 };
        var isoCodes = new Option<string>("--iso-codes")
        {
            Description = "Debian iso-codes JSON folder for country and region names (package iso-codes), or 'none' to train without them.",
            DefaultValueFactory = _ => "/usr/share/iso-codes/json",
        };
        var ner = new Command("ner", "Train the entity recognizer (averaged perceptron, BILOU tags) on CoNLL-2003 eng.train: each run keeps its epoch with the best F1 on eng.testa, the runs' weights are averaged, and the model is written. Rebuild afterwards to ship it.")
        {
            data, train, dev, output, lists, epochs, seed, runs, isoCodes,
        };
        ner.SetAction((result, cancellationToken) =>
        {
            var folder = DataFolder(context, result.GetValue(data));
            var options = new NerTrainingOptions(
                TrainPath: Required(result.GetValue(train) ?? Path.Combine(folder, "conll2003", "eng.train.gz")),
                DevPath: Required(result.GetValue(dev) ?? Path.Combine(folder, "conll2003", "eng.testa.gz")),
                ClusterPath: Required(Path.Combine(folder, "lexical", "brown-rcv1-turian-c1000.txt.gz")),
                SecondClusterPath: Required(Path.Combine(folder, "lexical", "brown-bllip-koo-c1000.txt.gz")),
                ListsDirectory: result.GetValue(lists),
                Epochs: result.GetValue(epochs),
                Seed: result.GetValue(seed),
                Runs: result.GetValue(runs))
            {
                IsoCodesDirectory = IsoCodes(result.GetValue(isoCodes)!),
            };
            var trained = new NerTrainer(options).Train(line => context.Console.WriteLine(line));
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            trained.Model.Save(path);
            context.Console.WriteLine();
            context.Console.WriteLine(trained.DevScores.ToReport());
            context.Console.MarkupLineInterpolated(
                $"Wrote [bold]{path}[/] ({new FileInfo(path).Length / 1e6:F1} MB, trained in {trained.Elapsed.TotalSeconds:F0} s). Rebuild to embed it.");
            return Task.FromResult(ExitCodes.Success);
        });
        return new Command("train", "Train a model from the corpora in the data folder.") { ner, TrainQuotesCommand.Create(context), TrainEventsCommand.Create(context) };
    }

    /// <summary>The training data folder: <c>--data</c>, else <c>$DOSSIER_DATA</c>, else <c>../shared/data</c>.</summary>
    internal static string DataFolder(CliContext context, string? option) =>
        option ?? context.Environment("DOSSIER_DATA") ?? Path.Combine("..", "shared", "data");

    /// <summary>The shipped model was trained with these lists, so a missing folder is an error, not a silent difference.</summary>
    private static string? IsoCodes(string folder) =>
        folder.Equals("none", StringComparison.OrdinalIgnoreCase) ? null
        : File.Exists(Path.Combine(folder, "iso_3166-1.json")) ? folder
        : throw new CliException($"{folder} has no iso_3166-1.json: install Debian's iso-codes (apt-get install iso-codes) to rebuild the shipped model exactly, or pass --iso-codes none to train without country and region lists.");

    private static string Required(string path) =>
        File.Exists(path) ? path : throw new CliException($"{path} not found; point --data (or DOSSIER_DATA) at the shared data folder, or give --train and --dev.");
}
