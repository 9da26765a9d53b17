using Dossier.Ingest;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// Reads articles, runs the pipeline and stores each document in its own transaction. A file,
/// record or document that fails is reported and the batch goes on.
/// </summary>
public sealed class Ingestor(Pipeline pipeline, IDossierStore store)
{
    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<string> paths,
        DateOnly? defaultDate,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var reader = new ArticleReader(defaultDate);
        var files = ArticleReader.ExpandPaths(paths).ToList();
        var added = new List<(SaveResult, Document)>();
        var duplicates = new List<(SaveResult, Document)>();
        var failures = new List<IngestFailure>();

        for (var i = 0; i < files.Count; i++)
        {
            progress?.Report(new IngestProgress(i, files.Count, files[i]));
            foreach (var item in reader.ReadFile(files[i]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item.Document is null)
                {
                    failures.Add(new IngestFailure(item.Location, item.Error!));
                    continue;
                }
                var result = pipeline.AnnotateAll([item.Document], cancellationToken).Single();
                if (result.Annotated is null)
                {
                    failures.Add(new IngestFailure(item.Location, result.Error!.Message));
                    continue;
                }
                var saved = await store.SaveAsync(result.Annotated, cancellationToken);
                (saved.Added ? added : duplicates).Add((saved, result.Annotated));
            }
        }
        progress?.Report(new IngestProgress(files.Count, files.Count, ""));
        return new IngestReport(added, duplicates, failures);
    }
}
