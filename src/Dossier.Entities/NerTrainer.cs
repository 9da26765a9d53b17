using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Dossier.Entities.Internal;

namespace Dossier.Entities;

/// <summary>
/// Trains the entity model: an averaged structured perceptron over BILOU tags, decoded with
/// Viterbi, for a fixed number of shuffled epochs; the epoch with the best development F1 is kept.
/// Training-set gazetteer features are computed two-fold (each half of the documents sees only the
/// other half's names) so the model does not learn to trust a list that always contains the answer.
/// Single-threaded and deterministic for a given seed.
/// </summary>
public sealed class NerTrainer
{
    private const int T = TagSet.Count;
    private const int Folds = 2;

    private readonly NerTrainingOptions _options;

    public NerTrainer(NerTrainingOptions options)
    {
        _options = options;
    }

    /// <param name="log">Receives one line per step (loading, each epoch's dev F1); null for silence.</param>
    public NerTrainingResult Train(Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        void Log(string message) => log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed:mm\\:ss}] {message}"));

        var train = ConllCorpus.Load(_options.TrainPath);
        var dev = ConllCorpus.Load(_options.DevPath);
        Log($"train: {train.Sentences.Length} sentences, {train.TokenCount} tokens; dev: {dev.Sentences.Length} sentences, {dev.TokenCount} tokens");

        var clusters = LoadClusters(_options.ClusterPath, _options.MinClusterWordCount);
        var secondClusters = _options.SecondClusterPath is { } second ? LoadClusters(second, _options.MinClusterWordCount) : null;
        var lists = new Gazetteer();
        if (_options.IsoCodesDirectory is { } iso && Directory.Exists(iso))
        {
            GazetteerSources.AddIsoCodes(lists, iso);
        }
        if (_options.ListsDirectory is { } listsDirectory)
        {
            GazetteerSources.AddLists(lists, listsDirectory);
        }
        var full = lists.Clone();
        GazetteerSources.AddEntities(full, train.Sentences);
        var folds = new FeatureExtractor[Folds];
        for (var fold = 0; fold < Folds; fold++)
        {
            var gazetteer = lists.Clone();
            GazetteerSources.AddEntities(gazetteer, train.Sentences.Where(s => s.Document % Folds != fold));
            folds[fold] = new FeatureExtractor(clusters, gazetteer, secondClusters);
        }
        var extractor = new FeatureExtractor(clusters, full, secondClusters);
        Log($"{clusters.Words.Count} clustered words, {full.Entries.Count} gazetteer keys");

        var trainKeys = EncodedCorpus.Extract(train.Sentences, s => folds[s.Document % Folds]);
        var index = Index(trainKeys.Keys, _options.MinFeatureCount);
        var trainSet = EncodedCorpus.Encode(trainKeys, index);
        var devSet = EncodedCorpus.Encode(EncodedCorpus.Extract(dev.Sentences, _ => extractor), index);
        Log($"{index.Count} features");

        var f1s = ImmutableArray.CreateBuilder<double>();
        float[]? weights = null;
        float[]? transitions = null;
        var bestEpoch = 0;
        for (var run = 0; run < _options.Runs; run++)
        {
            var (runWeights, runTransitions, runEpoch, runF1s) = TrainRun(trainSet, devSet, dev, index.Count, _options.Seed + run, Log);
            f1s.AddRange(runF1s);
            bestEpoch = runEpoch;
            weights = Add(weights, runWeights, _options.Runs);
            transitions = Add(transitions, runTransitions, _options.Runs);
        }
        if (_options.Runs > 1)
        {
            var mean = Score(devSet, dev, weights!, transitions!);
            Log($"mean of {_options.Runs} runs: dev F1 {mean.Overall.F1:F2} (P {mean.Overall.Precision:F2}, R {mean.Overall.Recall:F2})");
        }
        Prune(weights!, _options.MinWeight);
        var bestScores = Score(devSet, dev, weights!, transitions!);
        Log($"after dropping features within ±{_options.MinWeight}: dev F1 {bestScores.Overall.F1:F2} (P {bestScores.Overall.Precision:F2}, R {bestScores.Overall.Recall:F2})");
        var model = Calibrate(Compact(index, weights!, transitions!, extractor), dev);
        Log($"{model.FeatureCount} features with weights");
        Log($"confidence = 1 / (1 + e^-({model.Tagger.Calibration.Slope:F4} × margin + {model.Tagger.Calibration.Intercept:F4}))");
        return new NerTrainingResult(model, f1s.ToImmutable(), bestEpoch, bestScores, clock.Elapsed);
    }

    /// <summary>One perceptron run with its own shuffle seed; returns the averaged weights of its best dev epoch.</summary>
    private (float[] Weights, float[] Transitions, int BestEpoch, List<double> F1s) TrainRun(
        EncodedCorpus trainSet, EncodedCorpus devSet, ConllCorpus dev, int features, int seed, Action<string> log)
    {
        var perceptron = new AveragedPerceptron(features);
        var random = new Random(seed);
        var order = Enumerable.Range(0, trainSet.SentenceCount).ToArray();
        var path = new int[trainSet.MaxSentenceLength];
        var emissions = new float[trainSet.MaxSentenceLength * T];
        var f1s = new List<double>();
        (float[] Weights, float[] Transitions)? best = null;
        var bestF1 = double.NegativeInfinity;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var first = trainSet.SentenceStarts[s];
                var n = trainSet.SentenceStarts[s + 1] - first;
                trainSet.Decode(s, perceptron.Weights, perceptron.Transitions, path, emissions);
                perceptron.Update(trainSet.Rows, trainSet.TokenOffsets.AsSpan(first, n + 1), trainSet.Gold.AsSpan(first, n), path.AsSpan(0, n));
            }
            var averaged = perceptron.Average();
            var scores = Score(devSet, dev, averaged.Weights, averaged.Transitions);
            f1s.Add(scores.Overall.F1);
            log($"seed {seed} epoch {epoch}: dev F1 {scores.Overall.F1:F2} (P {scores.Overall.Precision:F2}, R {scores.Overall.Recall:F2})");
            if (scores.Overall.F1 > bestF1)
            {
                best = averaged;
                bestF1 = scores.Overall.F1;
                bestEpoch = epoch;
            }
        }
        log($"seed {seed}: kept epoch {bestEpoch}");
        return (best!.Value.Weights, best.Value.Transitions, bestEpoch, f1s);
    }

    /// <summary>Adds <paramref name="run"/> / <paramref name="runs"/> into the running mean (parameter mixing of independent runs).</summary>
    private static float[] Add(float[]? mean, float[] run, int runs)
    {
        mean ??= new float[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            mean[i] += run[i] / runs;
        }
        return mean;
    }

    private static ClusterLexicon LoadClusters(string path, int minCount)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        return ClusterLexicon.Read(reader, minCount);
    }

    /// <summary>Rows for keys seen at least <paramref name="minCount"/> times, numbered in order of first appearance.</summary>
    private static Dictionary<ulong, int> Index(List<ulong> keys, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var index = new Dictionary<ulong, int>();
        foreach (var key in keys)
        {
            if (counts[key] >= minCount && !index.ContainsKey(key))
            {
                index[key] = index.Count;
            }
        }
        return index;
    }

    private static EntityScores Score(EncodedCorpus set, ConllCorpus corpus, float[] weights, float[] transitions)
    {
        var path = new int[set.MaxSentenceLength];
        var emissions = new float[set.MaxSentenceLength * T];
        var scorer = new EntityScorer();
        for (var s = 0; s < set.SentenceCount; s++)
        {
            var n = set.SentenceStarts[s + 1] - set.SentenceStarts[s];
            set.Decode(s, weights, transitions, path, emissions);
            scorer.Add(corpus.Sentences[s].Tags, TagSet.ToIob2(path.AsSpan(0, n)));
        }
        return scorer.Scores;
    }

    /// <summary>Zeroes every feature row whose weights all lie within ±<paramref name="minWeight"/>.</summary>
    private static void Prune(float[] weights, float minWeight)
    {
        for (var row = 0; row < weights.Length / T; row++)
        {
            var span = weights.AsSpan(row * T, T);
            if (MaxMagnitude(span) <= minWeight)
            {
                span.Clear();
            }
        }
    }

    /// <summary>Keeps only features with a non-zero weight.</summary>
    private static NerModel Compact(Dictionary<ulong, int> index, float[] weights, float[] transitions, FeatureExtractor extractor)
    {
        var keys = new List<ulong>();
        var kept = new List<float>();
        foreach (var (key, row) in index)
        {
            var span = weights.AsSpan(row * T, T);
            if (span.ContainsAnyExcept(0f))
            {
                keys.Add(key);
                kept.AddRange(span);
            }
        }
        var tagger = new SequenceTagger(extractor, new FeatureTable([.. keys]), [.. kept], transitions, Calibration.Identity);
        return new NerModel(tagger);
    }

    private static float MaxMagnitude(ReadOnlySpan<float> row)
    {
        var max = 0f;
        foreach (var weight in row)
        {
            max = Math.Max(max, Math.Abs(weight));
        }
        return max;
    }

    /// <summary>
    /// Fits how decoding margins map to the chance a mention is right, on the development set,
    /// so a mention's confidence can be read as a probability.
    /// </summary>
    private static NerModel Calibrate(NerModel model, ConllCorpus dev)
    {
        var tagger = model.Tagger;
        var samples = new List<(float Margin, bool Correct)>();
        foreach (var sentence in dev.Sentences)
        {
            var spans = EncodedCorpus.Spans(sentence);
            var tags = new int[spans.Length];
            var margins = new float[spans.Length];
            tagger.Tag(sentence.Text, spans, tags, margins);
            var gold = EntityScorer.Chunks(sentence.Tags);
            var start = 0;
            for (var i = 0; i < tags.Length; i++)
            {
                if (tags[i] == TagSet.Outside)
                {
                    continue;
                }
                var position = TagSet.PositionOf(tags[i]);
                if (position is TagSet.Begin or TagSet.Unit)
                {
                    start = i;
                }
                if (position is TagSet.Last or TagSet.Unit)
                {
                    var chunk = new TagChunk(start, i + 1, TagSet.ConllType(TagSet.TypeOf(tags[i])));
                    samples.Add((margins.AsSpan(start, i + 1 - start).ToArray().Min(), gold.Contains(chunk)));
                }
            }
        }
        return new NerModel(tagger.With(Calibration.Fit(samples)));
    }
}
