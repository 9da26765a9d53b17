using System.CommandLine;
using Dossier.Entities;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval ner</c>: scores the entity recognizer on a CoNLL-2003 file as conlleval does.</summary>
internal static class EvalNerCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file")
        {
            Description = "CoNLL-2003 column file (.gz allowed): token first, NER tag last (IOB1 or IOB2), blank line between sentences, -DOCSTART- between documents.",
        };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "Write conlleval input here: each token line as given plus the predicted IOB2 tag; -DOCSTART- lines kept (plus O); a blank line after each sentence.",
        };
        var model = new Option<string?>("--model") { Description = "A model file to score instead of the shipped one (e.g. fresh from 'dossier train ner')." };
        var ner = new Command("ner",
            "Tag each sentence (its tokens joined by single spaces, one token per column token) and print entity-level precision, recall and F1 overall and per type, as conlleval does. " +
            "Types map as Person=PER, Organization=ORG, Location=LOC, Misc=MISC.")
        {
            file, predictions, model,
        };
        ner.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"{path} not found; give a CoNLL-2003 column file.");
            }
            ConllCorpus corpus;
            try
            {
                corpus = ConllCorpus.Load(path);
            }
            catch (FormatException ex)
            {
                throw new CliException($"{ex.Message} Give a CoNLL-2003 column file.", ex);
            }
            var modelPath = result.GetValue(model);
            var recognizer = new EntityRecognizer(modelPath is null ? NerModel.LoadDefault() : NerModel.Load(modelPath));
            var evaluation = new NerEvaluator(recognizer).Evaluate(corpus);
            context.WriteRaw(evaluation.Scores.ToReport());
            if (result.GetValue(predictions) is { } output)
            {
                await using var writer = new StreamWriter(output);
                NerEvaluator.WritePredictions(corpus, evaluation.Predictions, writer);
            }
            return ExitCodes.Success;
        });
        return ner;
    }
}
