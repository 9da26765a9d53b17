using System.Collections.Concurrent;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// Brings stored articles up to the current pipeline: annotates each one's stored text again and
/// replaces its layers in one transaction per article (<see cref="IDossierStore.ReplaceLayersAsync"/>),
/// so its id, text, source, date and story stay. <c>jobs</c> articles are read and annotated at once.
/// Stopped at any point, the articles done stay done and the next run does the rest; several
/// processes may run at once, each skipping what another has meanwhile brought up to date.
/// An article the pipeline fails on is reported, keeps its layers, and the rest go on.
/// </summary>
/// <param name="jobs">Articles annotated at once; the default is one per processor.</param>
public sealed class Reannotator(Pipeline pipeline, IDossierStore store, int? jobs = null)
{
    /// <summary>The articles whose version is not the pipeline's, or with <paramref name="all"/> every article.</summary>
    public async Task<ReannotationPlan> PlanAsync(bool all, CancellationToken cancellationToken = default)
    {
        var versions = await store.ListAnnotationVersionsAsync(cancellationToken);
        var due = versions.Where(v => all || v.AnnotationVersion != pipeline.Version).Select(v => v.Id).ToList();
        return new ReannotationPlan(versions.Count, due, all);
    }

    public async Task<ReannotationReport> ReannotateAsync(
        ReannotationPlan plan,
        IProgress<ReannotationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var reannotated = new ConcurrentBag<long>();
        var failures = new ConcurrentBag<ReannotationFailure>();
        var current = plan.Documents - plan.Due.Count;
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs ?? Environment.ProcessorCount), CancellationToken = cancellationToken };
        // In a random order, so processes working on one store at once rarely annotate the same article
        // at the same time: each skips, after a one-row read, what another has meanwhile replaced.
        var order = plan.Due.ToArray();
        Random.Shared.Shuffle(order);
        await Parallel.ForEachAsync(order, options, async (id, token) =>
        {
            var (outcome, reason) = await ReannotateAsync(id, plan.All, token);
            switch (outcome)
            {
                case Outcome.Replaced:
                    reannotated.Add(id);
                    break;
                case Outcome.Current:
                    Interlocked.Increment(ref current);
                    break;
                default:
                    failures.Add(new ReannotationFailure(id, reason!));
                    break;
            }
            progress?.Report(new ReannotationProgress(Interlocked.Increment(ref done), plan.Due.Count));
        });
        return new ReannotationReport(plan.Documents, [.. reannotated.Order()], current, [.. failures.OrderBy(f => f.Id)]);
    }

    /// <returns>What happened, and for a failure why.</returns>
    private async Task<(Outcome, string?)> ReannotateAsync(long id, bool all, CancellationToken cancellationToken)
    {
        // The text, source and date alone: the layers are about to be made again.
        if (await store.GetDocumentAsync(id, Layer.None, cancellationToken) is not { } stored)
        {
            return (Outcome.Failed, "it is no longer stored");
        }
        if (!all && stored.Document.AnnotationVersion == pipeline.Version)
        {
            return (Outcome.Current, null);
        }
        var result = pipeline.TryAnnotate(stored.Document, cancellationToken);
        if (result.Annotated is not { } annotated)
        {
            return (Outcome.Failed, result.Error!.Message);
        }
        var replaced = await store.ReplaceLayersAsync(id, annotated, evenIfCurrent: all, cancellationToken);
        return (replaced ? Outcome.Replaced : Outcome.Current, null);
    }

    private enum Outcome
    {
        Replaced,
        Current,
        Failed,
    }
}
