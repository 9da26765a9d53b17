using System.Collections.Immutable;
using Dossier.Engine.Internal;
using Dossier.Events;
using Dossier.Store;

namespace Dossier.Engine;

/// <summary>
/// <c>dossier eval timeline</c>: SemEval-2015 Task 4, Track A. The articles are annotated from raw
/// text and read as one collection (one who's who across them); each gold timeline's target entity
/// gets these predicted timelines, scored with <see cref="TemporalAwareness"/>:
/// <list type="bullet">
/// <item><c>baseline</c>: every event of every sentence that writes the entity's name (its words in
/// a row, ignoring case, hyphens, dots and apostrophes), at its article's date (one rank per date);</item>
/// <item><c>actor</c>: the entries of <see cref="ActorTimeline"/> as the product gives them, each event
/// of an entry at the entry's date (an entry dated by its article at the article's date), one rank per
/// date in the timeline's order;</item>
/// <item><c>actor, text dates only</c>: the same, without the entries dated by their article (the actor timeline before it had them);</item>
/// <item><c>actor + rank 0</c>: the text-dated entries, and every event the entity takes part in whose
/// sentence gives no date (no entry rules) at rank 0, <c>XXXX-XX-XX</c>, as the task places events it cannot order;</item>
/// <item><c>actor + article date</c>: those undated events at their article's date instead, among the dated ones.</item>
/// </list>
/// An entity the who's who does not know gets empty timelines.
/// </summary>
public static class TimelineEvaluation
{
    public const string Baseline = "baseline";
    public const string Actor = "actor";
    public const string ActorTextDates = "actor, text dates only";
    public const string ActorWithUndated = "actor + rank 0";
    public const string ActorAtArticleDate = "actor + article date";

    public static TimelineEvaluationResult Run(SemEvalCorpus corpus, Pipeline pipeline, CancellationToken cancellationToken = default)
    {
        var failures = new List<string>();
        var stored = new List<StoredDocument>();
        var byId = new Dictionary<long, SemEvalArticle>();
        foreach (var article in corpus.Articles)
        {
            var result = pipeline.TryAnnotate(article.Document, cancellationToken);
            if (result.Annotated is null)
            {
                failures.Add($"{article.DocId}: {result.Error?.Message}");
                continue;
            }
            var id = stored.Count + 1L;
            stored.Add(new StoredDocument(id, result.Annotated, DateTimeOffset.UnixEpoch));
            byId[id] = article;
        }
        var articles = new LinkedArticles(stored);
        var timeline = StoryTimeline.Of(articles);
        var runs = new Dictionary<string, List<TimelineRun>> { [Baseline] = [], [ActorTextDates] = [], [Actor] = [], [ActorWithUndated] = [], [ActorAtArticleDate] = [] };
        foreach (var gold in corpus.Timelines)
        {
            var actor = EntityFilter.Find(articles, gold.Target);
            var entries = actor is null ? [] : ActorTimeline.Of(articles, timeline, actor);
            var dated = Dated(entries.Where(e => e.Entry.DatedBy == DatedBy.Text), byId);
            var undated = actor is null ? [] : Undated(articles, actor, byId);
            Add(runs[Baseline], gold, Ranked(gold.Target, Naming(articles, gold.Target, byId), []));
            Add(runs[ActorTextDates], gold, Ranked(gold.Target, dated, []));
            Add(runs[Actor], gold, Ranked(gold.Target, Dated(entries, byId), []));
            Add(runs[ActorWithUndated], gold, Ranked(gold.Target, dated, [.. undated.Select(u => u.Mention)]));
            Add(runs[ActorAtArticleDate], gold, Ranked(gold.Target, [.. dated, .. undated.Where(u => u.Date is not null).Select(u => (u.Date!, u.Mention))], []));
        }
        return new TimelineEvaluationResult(stored.Count, failures, runs.ToDictionary(r => r.Key, r => (IReadOnlyList<TimelineRun>)r.Value));
    }

    /// <summary>The file a predicted timeline is written to, named as the task names its gold files: "Steve Jobs" is <c>steve_jobs.txt</c>.</summary>
    public static string FileName(RankedTimeline timeline) =>
        string.Join('_', timeline.Target.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + ".txt";

    private static void Add(List<TimelineRun> runs, RankedTimeline gold, RankedTimeline predicted) =>
        runs.Add(new TimelineRun(gold, predicted, TemporalAwareness.Score(gold, predicted)));

    /// <summary>Each event of each entry, at the entry's date (the article's, for an entry dated by its article).</summary>
    private static List<(string Date, string Mention)> Dated(IEnumerable<ActorEntry> entries, Dictionary<long, SemEvalArticle> byId) =>
        [.. entries.SelectMany(e => e.Entry.Triggers.Select(t => (e.Entry.Value, byId[e.Entry.DocumentId].MentionId(t.Span))))
            .Where(m => m.Item2 is not null).Select(m => (m.Value, m.Item2!))];

    /// <summary>The events the actor takes part in whose sentence gives no date, each with its article's date (null when it has none).</summary>
    private static List<(string? Date, string Mention)> Undated(LinkedArticles articles, EntityFilter actor, Dictionary<long, SemEvalArticle> byId) =>
        [.. ActorTimeline.UndatedEvents(articles, actor)
            .Select(u => (Day(u.Article.Document), byId[u.Article.Id].MentionId(u.Event.Trigger)))
            .Where(m => m.Item2 is not null).Select(m => (m.Item1, m.Item2!))];

    /// <summary>The baseline: each event of a sentence that writes the entity's name, at its article's date.</summary>
    private static List<(string Date, string Mention)> Naming(LinkedArticles articles, string target, Dictionary<long, SemEvalArticle> byId)
    {
        var wanted = NameFolding.Words(target);
        return [.. articles.Documents.Where(d => d.Document.Published is not null).SelectMany(d => d.Document.Events
            .Where(e => NameFolding.Holds(NameFolding.Words(d.Document[e.Sentence]), wanted))
            .Select(e => (Day(d.Document)!, byId[d.Id].MentionId(e.Trigger))))
            .Where(m => m.Item2 is not null).Select(m => (m.Item1, m.Item2!))];
    }

    private static string? Day(Document document) =>
        document.Published is { } published ? StoryTimeline.DayValue(published) : null;

    /// <summary>Undated mentions at rank 0, then one rank per date from 1, dates in the timeline's order (first day, coarser first).</summary>
    private static RankedTimeline Ranked(string target, List<(string Date, string Mention)> dated, List<string> undated)
    {
        var lines = ImmutableArray.CreateBuilder<RankedLine>();
        if (undated.Count > 0)
        {
            lines.Add(new RankedLine(0, RankedTimeline.NoDate, [.. undated.Distinct(StringComparer.OrdinalIgnoreCase)]));
        }
        var rank = 0;
        foreach (var date in dated.GroupBy(m => m.Date).OrderBy(g => DatedMentions.FirstDay(g.Key)).ThenBy(g => g.Key.Length))
        {
            rank++;
            lines.AddRange(date.Select(m => m.Mention).Distinct(StringComparer.OrdinalIgnoreCase).Select(m => new RankedLine(rank, date.Key, [m])));
        }
        return new RankedTimeline(target, lines.ToImmutable());
    }
}
