using BenchmarkDotNet.Attributes;
using Dossier.Engine;
using Dossier.Store;

namespace Dossier.Benchmarks;

/// <summary>
/// Story clustering of the evaluation mix (the three seeds, Timeline17 H1N1 and BBC News: about
/// 2,600 articles) in one pass from scratch, and describing the stories found. The articles are
/// annotated once in setup, so the figures are the clusterer's own.
/// </summary>
[MemoryDiagnoser]
public class StoryClustererBenchmarks
{
    private readonly StoryClusterer _clusterer = new();
    private readonly StoryClusterer _singlePass = new(StoryOptions.Default with { MergeThreshold = 1 });
    private List<StoredDocument> _documents = [];
    private Dictionary<long, long> _stories = [];

    [GlobalSetup]
    public void Setup()
    {
        var data = Path.GetDirectoryName(Path.GetDirectoryName(BenchCorpus.TarballPath()))!;
        var pipeline = DossierPipeline.Create();
        var articles = StoryCorpus.Mixed(
            StoryCorpus.Seeds(Samples())
                .Concat(StoryCorpus.H1N1(Path.Combine(data, StoryCorpus.H1N1Archive)))
                .Concat(StoryCorpus.Bbc(Path.Combine(data, StoryCorpus.BbcArchive))));
        _documents = articles.AsParallel().AsOrdered()
            .Select((a, i) => new StoredDocument(i + 1, pipeline.Annotate(a.Document), DateTimeOffset.UnixEpoch))
            .ToList();
        _stories = _clusterer.Assign(_documents, new Dictionary<long, long>());
    }

    /// <summary>The repository's <c>samples/</c>, found above the benchmark's build folder.</summary>
    private static string Samples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dossier.slnx")))
            {
                return Path.Combine(directory.FullName, "samples");
            }
        }
        throw new DirectoryNotFoundException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }

    [Benchmark]
    public int AssignEveryArticle() => _clusterer.Assign(_documents, new Dictionary<long, long>()).Count;

    /// <summary>The one pass alone, without merging the stories it started: what the merge step costs.</summary>
    [Benchmark]
    public int AssignWithoutMerging() => _singlePass.Assign(_documents, new Dictionary<long, long>()).Count;

    /// <summary>What <c>dossier stories</c> does once every article is placed: read the placements and describe the stories.</summary>
    [Benchmark]
    public int DescribeStories() => Stories.Describe(_documents, _stories).Count;
}
