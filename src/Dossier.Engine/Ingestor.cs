using Dossier.Ingest;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// Reads articles, runs the pipeline and stores each document in its own transaction. Files
/// are read and annotated on <c>jobs</c> threads at once (the pipeline is immutable and
/// shared) while one writer stores the results in input order, so ids follow the order of the
/// files whatever the parallelism. A file, record or document that fails is reported and the
/// batch goes on.
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
            .Select(file => (file.File, file.Index, Results: Annotate(reader, file.File)));

        foreach (var (file, index, results) in annotated)
        {
            progress?.Report(new IngestProgress(index, files.Count, file));
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
        progress?.Report(new IngestProgress(files.Count, files.Count, ""));
        return new IngestReport(added, duplicates, failures);
    }

    private List<(string Location, Document? Document, string? Error)> Annotate(ArticleReader reader, string file)
    {
        var results = new List<(string, Document?, string?)>();
        foreach (var item in reader.ReadFile(file))
        {
            if (item.Document is null)
            {
                results.Add((item.Location, null, item.Error));
                continue;
            }
            var result = pipeline.TryAnnotate(item.Document);
            results.Add((item.Location, result.Annotated, result.Error?.Message));
        }
        return results;
    }
}
