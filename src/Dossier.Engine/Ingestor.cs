using Dossier.Ingest;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// Reads articles, runs the pipeline and stores each document in its own transaction. Files
/// are read and annotated on <c>jobs</c> threads at once (the pipeline is immutable and
/// shared) while one writer stores the results in input order, so ids follow the order of the
/// files whatever the parallelism. A file, record or document that fails is reported and the
/// batch goes on. Once the batch is stored, every article without a story is placed in one
/// (<see cref="Stories.PlaceAsync"/>), so readers find the stories stored and never write.
/// </summary>
/// <param name="jobs">Threads that read and annotate; the default is one per processor.</param>
public sealed class Ingestor(Pipeline pipeline, IDossierStore store, int? jobs = null)
{
    /// <param name="files">The article files, as <see cref="ArticleReader.ExpandPaths"/> lists them; the caller walks folders once.</param>
    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<string> files,
        DateOnly? defaultDate,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var reader = new ArticleReader(defaultDate);
        var added = new List<IngestedDocument>();
        var duplicates = new List<IngestedDocument>();
        var failures = new List<IngestFailure>();

        var annotated = files
            .Select((file, index) => (File: file, Index: index))
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, jobs ?? Environment.ProcessorCount))
            .WithCancellation(cancellationToken)
            .Select(file => (file.File, file.Index, Results: Annotate(reader, file.File, cancellationToken)));

        foreach (var (file, index, results) in annotated)
        {
            progress?.Report(new IngestProgress(index, files.Count, file));
            await StoreAsync(results, added, duplicates, failures, cancellationToken);
        }
        await Stories.PlaceAsync(store, cancellationToken);
        progress?.Report(new IngestProgress(files.Count, files.Count, ""));
        return new IngestReport(added, duplicates, failures);
    }

    /// <summary>Annotates and stores one item already read (the HTTP API's posted article), as a file's items are.</summary>
    public async Task<IngestReport> IngestAsync(IngestItem item, CancellationToken cancellationToken = default)
    {
        var added = new List<IngestedDocument>();
        var duplicates = new List<IngestedDocument>();
        var failures = new List<IngestFailure>();
        await StoreAsync([Annotate(item, cancellationToken)], added, duplicates, failures, cancellationToken);
        await Stories.PlaceAsync(store, cancellationToken);
        return new IngestReport(added, duplicates, failures);
    }

    private async Task StoreAsync(
        List<(string Location, Document? Document, string? Error)> results,
        List<IngestedDocument> added,
        List<IngestedDocument> duplicates,
        List<IngestFailure> failures,
        CancellationToken cancellationToken)
    {
        foreach (var (location, document, error) in results)
        {
            if (document is null)
            {
                failures.Add(new IngestFailure(location, error!));
                continue;
            }
            var saved = await store.SaveAsync(document, cancellationToken);
            var entry = new IngestedDocument(saved.Id, document.Source.Location, document.Published);
            (saved.Added ? added : duplicates).Add(entry);
        }
    }

    private List<(string Location, Document? Document, string? Error)> Annotate(ArticleReader reader, string file, CancellationToken cancellationToken) =>
        [.. reader.ReadFile(file).Select(item => Annotate(item, cancellationToken))];

    /// <exception cref="OperationCanceledException">The token was cancelled: the caller went away, so the annotation stops (a posted article is not stored).</exception>
    private (string Location, Document? Document, string? Error) Annotate(IngestItem item, CancellationToken cancellationToken)
    {
        if (item.Document is null)
        {
            return (item.Location, null, item.Error);
        }
        var result = pipeline.TryAnnotate(item.Document, cancellationToken);
        return (item.Location, result.Annotated, result.Error?.Message);
    }
}
