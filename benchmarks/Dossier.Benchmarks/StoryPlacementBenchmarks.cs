using BenchmarkDotNet.Attributes;
using Dossier.Engine;
using Dossier.Engine.Internal;
using Dossier.Store;
using Dossier.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dossier.Benchmarks;

/// <summary>
/// What ingesting one more article costs in story placement (<see cref="Stories.PlaceAsync(IDossierStore, CancellationToken)"/>)
/// as the store grows: a SQLite store of the first <see cref="Stored"/> BBC articles, all placed, plus
/// one article saved but not yet placed. Each iteration places that article in a fresh copy of the
/// store. The other benchmarks split the placement into its steps: what it reads now (the stored
/// features) and what it read before (every layer, then the features made of them), and the clusterer.
/// </summary>
[MemoryDiagnoser]
public class StoryPlacementBenchmarks
{
    /// <summary>The largest store's articles and a few more, annotated once for every case of a run.</summary>
    private static readonly Lazy<List<Document>> Annotated = new(() =>
    {
        var pipeline = DossierPipeline.Create();
        return BenchCorpus.Bbc.Take(2220).AsParallel().AsOrdered()
            .Select(text => pipeline.Annotate(new Document(text, new DocumentSource("bbc"), published: null)))
            .ToList();
    });

    private string _folder = "";
    private string _template = "";
    private DossierStore _store = null!;
    private DossierStore _templateStore = null!;
    private List<StoredDocument> _documents = [];
    private List<ArticleFeatures> _features = [];
    private IReadOnlyDictionary<long, long> _known = new Dictionary<long, long>();
    private int _iteration;

    [Params(200, 1000, 2200)]
    public int Stored { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("dossier-placement-").FullName;
        _template = Path.Combine(_folder, "template.db");
        await using (var store = await SqliteDossierStore.OpenAsync(_template))
        {
            foreach (var document in Annotated.Value[..Stored])
            {
                await store.SaveAsync(document);
            }
            await Stories.PlaceAsync(store);
            // The BBC set repeats some texts: the one more is the next article the store does not hold yet.
            foreach (var document in Annotated.Value[Stored..])
            {
                if ((await store.SaveAsync(document)).Added)
                {
                    break;
                }
            }
        }
        // Closing the pooled connections checkpoints the write-ahead log into the file, so each copy holds every write.
        SqliteConnection.ClearAllPools();
        _templateStore = await SqliteDossierStore.OpenAsync(_template);
        _documents = await StoreReads.AllAsync(_templateStore, CancellationToken.None);
        _features = _documents.Select(ArticleFeatures.Of).ToList();
        _known = (await _templateStore.ReadStoriesAsync()).Members;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _templateStore.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup(Target = nameof(PlaceOneMore))]
    public void CopyStore()
    {
        var work = Path.Combine(_folder, $"work-{_iteration++}.db");
        File.Copy(_template, work);
        _store = SqliteDossierStore.OpenAsync(work).GetAwaiter().GetResult();
    }

    [IterationCleanup(Target = nameof(PlaceOneMore))]
    public void CloseStore() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The whole placement of the one unplaced article, as each ingest runs it.</summary>
    [Benchmark]
    public int PlaceOneMore() => Stories.PlaceAsync(_store).GetAwaiter().GetResult();

    /// <summary>Reading every stored article with every layer.</summary>
    [Benchmark]
    public int ReadEveryLayer() => StoreReads.AllAsync(_templateStore, CancellationToken.None).GetAwaiter().GetResult().Count;

    /// <summary>Reading every article's stored story features, what placement reads instead of the layers.</summary>
    [Benchmark]
    public int ReadStoredFeatures() => _templateStore.ReadStoryFeaturesAsync().GetAwaiter().GetResult().Count;

    /// <summary>The clustering features (content words, linked entities) of every stored article.</summary>
    [Benchmark]
    public int Features() => _documents.Select(ArticleFeatures.Of).Count();

    /// <summary>Term weights over every article and the clusterer placing the one new article among the placed ones.</summary>
    [Benchmark]
    public int Cluster() => new StoryClusterer().Assign(_features, new TermWeights(_features), _known).Count;
}
