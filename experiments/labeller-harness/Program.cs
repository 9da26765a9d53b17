using System.Collections.Immutable;
using System.Diagnostics;
using Dossier;
using Dossier.Engine;
using Dossier.Learning;
using Dossier.Nlp;
using Dossier.Quotes;
using Dossier.Quotes.Internal;
using Dossier.Time;

// labeller-harness MODE [EPOCHS] [VARIANT]: sentence-level attribution labeller experiments on PolNeAR dev.
// MODE: oracle | train | eval | sweep | prune | samples; VARIANT: plain, or stacked (cue-model score as a labeller feature).
// Run from this folder with POLNEAR pointing at the unpacked PolNeAR (train/ and dev/).
var mode = args[0];
var epochs = args.Length > 1 ? int.Parse(args[1]) : 10;
var variant = args.Length > 2 ? args[2] : "plain";
var root = Environment.GetEnvironmentVariable("POLNEAR") ?? "../shared/polnear/PolNeAR"; // unpacked polnear-train-dev.tar.gz
var clock = Stopwatch.StartNew();
var model = QuoteModel.Default!;
var before = DossierPipeline.CreateWithoutQuotes();
var dev = BratAttributionReader.ReadCorpus(root + "/dev").Select(i => (View: new ArticleView(before.Annotate(new Document(i.Text, new DocumentSource(i.Name), published: null))), Gold: i.Attributions, i.Text)).ToList();
Console.WriteLine($"dev prepared {clock.Elapsed.TotalSeconds:F0}s");

Attribution ToAttribution(ArticleView view, FoundQuote q) => new(q.Content, q.HasSource ? view.Span(q.SourceTokens.First, q.SourceTokens.End) : null, q.Cue);

void Report(string name, List<List<FoundQuote>> found)
{
    var docs = new List<(string, ImmutableArray<Attribution>, ImmutableArray<Attribution>)>();
    int goldHeads = 0, predHeads = 0, rightHeads = 0;
    for (var d = 0; d < dev.Count; d++)
    {
        var (view, gold, text) = dev[d];
        docs.Add((text, gold, found[d].Select(q => ToAttribution(view, q)).ToImmutableArray()));
        var g = gold.Where(a => a.Cue is not null).Select(a => QuoteTrainer.Head(view, a.Cue!.Value)).Where(h => h >= 0).ToHashSet();
        var p = found[d].Where(q => q.Cue is not null).Select(q => QuoteTrainer.Head(view, q.Cue!.Value)).Where(h => h >= 0).ToHashSet();
        goldHeads += g.Count; predHeads += p.Count; rightHeads += p.Count(g.Contains);
    }
    var s = AttributionScorer.Score(docs);
    double hp = 100.0 * rightHeads / Math.Max(1, predHeads), hr = 100.0 * rightHeads / Math.Max(1, goldHeads);
    Console.WriteLine($"{name,-48} head P/R/F1 {hp,5:F1} {hr,5:F1} {2 * hp * hr / Math.Max(1e-9, hp + hr),5:F1}   attribution P/R/F1 {s.Attribution.Precision * 100,5:F1} {s.Attribution.Recall * 100,5:F1} {s.Attribution.F1 * 100,5:F2}  quotedC F1 {s.QuotedContent.F1 * 100:F1}");
}

List<FoundQuote> ReadTags(ArticleView view, Func<int, int, RoleTag[]> tagger, bool unclaimed)
{
    var reader = new LabelledAttributions(view, new ContentSpans(view));
    var found = new List<FoundQuote>();
    foreach (var (first, end, _) in view.Sentences)
    {
        if (end > first) found.AddRange(reader.Read(first, end, tagger(first, end)));
    }
    if (unclaimed) new UnclaimedQuotes(view).AddTo(found);
    found.Sort((a, b) => a.Content[0].CompareTo(b.Content[0]));
    return found;
}

var weightsPath = $"labeller-{variant}-e{epochs}.bin";
switch (mode)
{
    case "oracle":
        Report("oracle tags, grouped", dev.Select(d => ReadTags(d.View, (f, e) => AttributionLabellerTrainer.Tag(d.View, d.Gold, f, e), false)).ToList());
        Report("oracle tags, grouped + unclaimed quotes", dev.Select(d => ReadTags(d.View, (f, e) => AttributionLabellerTrainer.Tag(d.View, d.Gold, f, e), true)).ToList());
        Report("shipped product", dev.Select(d => new AttributionFinder(d.View, model).Find()).ToList());
        break;
    case "sweep":
    {
        WeightTable table;
        using (var r = new BinaryReader(File.OpenRead(weightsPath))) table = WeightTable.Read(r);
        var basePipeline = Pipeline.Create([.. NlpPipeline.BaseStages()]);
        var specViews = File.ReadAllText("../../tests/Dossier.Quotes.Tests/Specs/samples.md").Split("```text\n").Skip(1).Select(b => b[..b.IndexOf("```", StringComparison.Ordinal)])
            .Select(text => new ArticleView(basePipeline.Annotate(new Document(text, new DocumentSource("spec"), published: null)))).ToList();
        // Per article: the product's quotes and the labeller's additions with (cue score, filter score, content words).
        (List<FoundQuote> Product, List<(FoundQuote Quote, float Cue, float Filter, int Words)> Added) Candidates(ArticleView view)
        {
            var features = new LabellerFeatures(view, variant == "stacked" ? AttributionFinder.ScoreCues(view, model) : null);
            var reader = new LabelledAttributions(view, new ContentSpans(view));
            var labelledHere = new List<FoundQuote>();
            foreach (var (first, end, _) in view.Sentences)
                if (end > first) labelledHere.AddRange(reader.Read(first, end, AttributionLabeller.Decode(features, first, end, table.Weight)));
            var finder = new AttributionFinder(view, model);
            var productHere = finder.Find();
            var scores = AttributionFinder.ScoreCues(view, model);
            var added = labelledHere.Where(q => !productHere.Any(p => p.Content.Any(c => q.Content.Any(c.Overlaps)) || (p.Cue is { } a && q.Cue is { } b && a.Overlaps(b))) && q.Cue is { } cc && QuoteTrainer.Head(view, cc) >= 0)
                .Select(q => (q, scores[QuoteTrainer.Head(view, q.Cue!.Value)], model.ScoreCandidate(finder.Features, q with { By = FoundBy.Tagger }),
                    q.Content.Sum(c => { var n = 0; for (var k = view.Document.TokenIndexAt(c.Start); k < view.Tokens.Length && view.Span(k).Start < c.End; k++) n += view.IsWord(k) ? 1 : 0; return n; }))).ToList();
            return (productHere, added);
        }
        var devCandidates = dev.Select(d => Candidates(d.View)).ToList();
        var specCandidates = specViews.Select(Candidates).ToList();
        foreach (var cue in new[] { -6f, -4f, -3f, -2f, 0f })
        foreach (var filter in new[] { -99f, -8f, -6f, -4f, -2f })
        foreach (var words in new[] { 1, 2, 3 })
        {
            bool Pass((FoundQuote Quote, float Cue, float Filter, int Words) a) => a.Cue > cue && a.Filter > filter && a.Words >= words;
            var onSamples = specCandidates.Sum(c => c.Added.Count(Pass));
            Report($"cue>{cue} filter>{filter} words>={words} samples+{onSamples}", devCandidates.Select(c => c.Product.Concat(c.Added.Where(Pass).Select(a => a.Quote)).ToList()).ToList());
        }
        break;
    }
    case "prune":
    case "samples":
    {
        WeightTable full;
        using (var r = new BinaryReader(File.OpenRead(weightsPath))) full = WeightTable.Read(r);
        List<FoundQuote> Union(ArticleView view, WeightTable table, float gate)
        {
            var features = new LabellerFeatures(view);
            var reader = new LabelledAttributions(view, new ContentSpans(view));
            var labelledHere = new List<FoundQuote>();
            foreach (var (first, end, _) in view.Sentences)
                if (end > first) labelledHere.AddRange(reader.Read(first, end, AttributionLabeller.Decode(features, first, end, table.Weight)));
            var productHere = new AttributionFinder(view, model).Find();
            var scores = AttributionFinder.ScoreCues(view, model);
            var added = labelledHere.Where(q => !productHere.Any(p => p.Content.Any(c => q.Content.Any(c.Overlaps)) || (p.Cue is { } a && q.Cue is { } b && a.Overlaps(b)))
                && q.Cue is { } cc && QuoteTrainer.Head(view, cc) is var h && h >= 0 && scores[h] > gate).ToList();
            return [.. productHere, .. added];
        }
        if (mode == "prune")
        {
            foreach (var prune in new[] { 0f, 1f, 2f, 4f, 8f, 16f })
            {
                var table = full.Pruned(prune);
                Report($"union gate -4, pruned < {prune} ({table.Count} weights)", dev.Select(d => Union(d.View, table, -4f)).ToList());
            }
            break;
        }
        var basePipeline = Pipeline.Create([.. NlpPipeline.BaseStages()]);
        var specs = File.ReadAllText("../../tests/Dossier.Quotes.Tests/Specs/samples.md").Split("```text\n").Skip(1).Select(b => b[..b.IndexOf("```", StringComparison.Ordinal)]).ToList();
        foreach (var text in specs)
        {
            var view = new ArticleView(basePipeline.Annotate(new Document(text, new DocumentSource("spec"), published: null)));
            var productHere = new AttributionFinder(view, model).Find();
            foreach (var q in productHere.Where(q => q.Cue is { } c && text[c.Start..c.End].Contains("eager")))
                Console.WriteLine($"product: cue '{(q.Cue is { } c ? text[c.Start..c.End] : "")}' content '{string.Join(" | ", q.Content.Select(c => text[c.Start..c.End]))}'");
            var finder = new AttributionFinder(view, model);
            var sc = AttributionFinder.ScoreCues(view, model);
            foreach (var q in Union(view, full, -6f).Skip(productHere.Count))
                Console.WriteLine($"ADDED cue '{(q.Cue is { } c ? text[c.Start..c.End] : "")}' score {sc[QuoteTrainer.Head(view, q.Cue!.Value)]:F1} filter {model.ScoreCandidate(finder.Features, q with { By = FoundBy.Tagger }):F1} source {(q.HasSource ? view.Span(q.SourceTokens.First, q.SourceTokens.End) is var sp ? text[sp.Start..sp.End] : "" : "-")} content '{string.Join(" | ", q.Content.Select(c => text[c.Start..c.End]))}'");
        }
        break;
    }
    case "train":
    {
        var prepare = Pipeline.Create([.. NlpPipeline.BaseStages(), new TemporalTagger()]);
        var train = BratAttributionReader.ReadCorpus(root + "/train").Select(i => (View: new ArticleView(prepare.Annotate(new Document(i.Text, new DocumentSource(i.Name), published: null))), Gold: i.Attributions)).ToList();
        Console.WriteLine($"train prepared {clock.Elapsed.TotalSeconds:F0}s");
        var examples = new List<LabellerExample>();
        int clashes = 0, tokens = 0;
        var trainScores = new Dictionary<ArticleView, float[]>();
        if (variant == "stacked")
        {
            // Cue scores from a cue model that did not see the article: two-fold cross-fitting, as QuoteTrainer does.
            var none = new Dictionary<ulong, float>();
            for (var fold = 0; fold < 2; fold++)
            {
                var foldCues = QuoteTrainer.TrainCues(train.Where((_, i) => i % 2 != fold).Select(t => (t.View, t.Gold)).ToList(), 10, 1, $"cues fold {fold}", null);
                var foldModel = new QuoteModel(foldCues, none, none, none, new QuoteThresholds(0f, 0f));
                foreach (var (view, _) in train.Where((_, i) => i % 2 == fold)) trainScores[view] = AttributionFinder.ScoreCues(view, foldModel);
            }
            Console.WriteLine($"cross-fitted cue scores {clock.Elapsed.TotalSeconds:F0}s");
        }
        foreach (var (view, gold) in train)
        {
            var features = new LabellerFeatures(view, trainScores.GetValueOrDefault(view));
            examples.AddRange(AttributionLabellerTrainer.Examples(view, gold, features, c => clashes += c));
            tokens += view.Tokens.Length;
        }
        Console.WriteLine($"{examples.Count} sentences, {tokens} tokens, {clashes} tokens with more than one role; with attributions {examples.Count(e => e.Gold.Any(t => t != RoleTag.Outside))}");
        var trainClock = Stopwatch.StartNew();
        var weights = AttributionLabellerTrainer.Train(examples, epochs, 1, (ep, err) => Console.WriteLine($"epoch {ep}: {err} wrong, {trainClock.Elapsed.TotalSeconds:F0}s"));
        using (var w = new BinaryWriter(File.Create(weightsPath))) new WeightTable(weights).Write(w);
        Console.WriteLine($"{weights.Count} weights, trained in {trainClock.Elapsed.TotalSeconds:F0}s");
        break;
    }
    case "eval":
    {
        WeightTable table;
        using (var r = new BinaryReader(File.OpenRead(weightsPath))) table = WeightTable.Read(r);
        Func<ulong, float> weight = table.Weight;
        var margins = new List<float[]>();
        var labelled = new List<List<FoundQuote>>();
        var labelledPlus = new List<List<FoundQuote>>();
        var product = new List<List<FoundQuote>>();
        foreach (var (view, gold, _) in dev)
        {
            var features = new LabellerFeatures(view, variant == "stacked" ? AttributionFinder.ScoreCues(view, model) : null);
            var m = new float[view.Tokens.Length];
            var tags = new Dictionary<int, RoleTag[]>();
            foreach (var (first, end, _) in view.Sentences)
            {
                if (end <= first) continue;
                var local = new float[end - first];
                tags[first] = AttributionLabeller.Decode(features, first, end, weight, local);
                Array.Copy(local, 0, m, first, end - first);
            }
            // A cue-tagged word right after a cue-tagged word that is not a filler continues a cue; it does not head one.
            for (var k = m.Length - 1; k > 0; k--)
                if (m[k - 1] > 0 && !view.IsHeadFiller(k - 1) && view.Sentences.Any(s => s.First < k && k < s.End)) m[k] = Math.Min(m[k], -m[k - 1]);
            margins.Add(m);
            labelled.Add(ReadTags(view, (f, e) => tags[f], false));
            labelledPlus.Add(ReadTags(view, (f, e) => tags[f], true));
            product.Add(new AttributionFinder(view, model).Find());
        }
        Report("shipped product", product);
        Report("(a) labeller alone", labelled);
        Report("(a) labeller + unclaimed quotes", labelledPlus);

        // (b) the labeller's cue margin as a gate or signal for the cue model.
        foreach (var threshold in new[] { -2f })
        {
            foreach (var minimum in new[] { 0f, 2f, 5f, 10f })
            {
                Report($"(b) accept heads with margin > {minimum}", dev.Select((d, i) =>
                {
                    var scores = AttributionFinder.ScoreCues(d.View, model);
                    for (var k = 0; k < scores.Length; k++)
                        if (!float.IsNegativeInfinity(scores[k]) && scores[k] <= model.Thresholds.Cue && margins[i][k] > minimum) scores[k] = model.Thresholds.Cue + 0.01f;
                    return new AttributionFinder(d.View, model, scores).Find();
                }).ToList());
            }
        }
        foreach (var lambda in new[] { 0.25f, 0.5f, 0.75f })
        {
            foreach (var cue in new[] { -3f, -2f, -1f, 0f })
            {
                var m2 = model.WithThresholds(new QuoteThresholds(cue, model.Thresholds.Filter));
                Report($"(b) cue score + {lambda} x margin, cue thr {cue}", dev.Select((d, i) =>
                {
                    var scores = AttributionFinder.ScoreCues(d.View, m2);
                    for (var k = 0; k < scores.Length; k++)
                        if (!float.IsNegativeInfinity(scores[k])) scores[k] += lambda * Math.Clamp(margins[i][k], -20f, 20f);
                    return new AttributionFinder(d.View, m2, scores).Find();
                }).ToList());
            }
        }
        // (c) unions and priorities.
        float HeadMargin(int d, FoundQuote q) => q.Cue is { } c && QuoteTrainer.Head(dev[d].View, c) is var h and >= 0 ? margins[d][h] : float.NegativeInfinity;
        foreach (var m in new[] { 0f, 2f, 5f, 10f, 15f })
            Report($"(c) product, then labeller margin > {m}", product.Select((p, i) => p.Concat(labelled[i].Where(q => !Covers(p, q) && HeadMargin(i, q) > m)).ToList()).ToList());
        foreach (var f in new[] { -4f, -2f, 0f, 2f })
            Report($"(c) product, then labeller filter > {f}", product.Select((p, i) => { var finder = new AttributionFinder(dev[i].View, model); return p.Concat(labelled[i].Where(q => !Covers(p, q) && model.ScoreCandidate(finder.Features, q with { By = FoundBy.Tagger }) > f)).ToList(); }).ToList());
        foreach (var c in new[] { -6f, -4f, -3f })
            Report($"(c) product, then labeller with cue score > {c}", product.Select((p, i) => { var sc = AttributionFinder.ScoreCues(dev[i].View, model); return p.Concat(labelled[i].Where(q => !Covers(p, q) && q.Cue is { } cc && QuoteTrainer.Head(dev[i].View, cc) is var h && h >= 0 && sc[h] > c)).ToList(); }).ToList());
        static bool Covers(List<FoundQuote> set, FoundQuote q) => set.Any(p => p.Content.Any(c => q.Content.Any(c.Overlaps)) || (p.Cue is { } a && q.Cue is { } b && a.Overlaps(b)));
        Report("(c) product, then labeller where nothing overlaps", product.Select((p, i) => p.Concat(labelled[i].Where(q => !Covers(p, q))).ToList()).ToList());
        Report("(c) labeller, then product where nothing overlaps", product.Select((p, i) => labelled[i].Concat(p.Where(q => !Covers(labelled[i], q))).ToList()).ToList());
        Report("(c) labeller+unclaimed, then product", product.Select((p, i) => labelledPlus[i].Concat(p.Where(q => !Covers(labelledPlus[i], q))).ToList()).ToList());
        break;
    }
}
Console.WriteLine($"done {clock.Elapsed.TotalSeconds:F0}s");
