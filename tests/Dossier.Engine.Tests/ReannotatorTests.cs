using Dossier.Nlp;
using Dossier.Store;
using Dossier.Store.Sqlite;

namespace Dossier.Engine.Tests;

public sealed class ReannotatorTests : StoreFolderTests
{
    private static readonly string[] Articles =
    [
        "Yoon Suk Yeol met Fumio Kishida in Tokyo on Thursday, the first such summit in 12 years.",
        "“We are ready,” said Kan Kimura, a professor at Kobe University.",
        "Seoul announced on Monday that it would drop its claim.",
    ];

    [Fact]
    public void Knows_the_version_of_the_shipped_pipeline_without_building_it()
    {
        Assert.Equal(Pipeline.Value.Version, DossierPipeline.Version);
    }

    [Fact]
    public async Task Annotates_again_only_the_articles_an_older_pipeline_annotated_and_keeps_their_ids_and_dates()
    {
        await using var store = await SqliteDossierStore.OpenAsync(Folder.Combine("d.db"));
        var current = await SaveAsync(store, Articles[0], version: Pipeline.Value.Version);
        var older = await SaveAsync(store, Articles[1], version: "older");
        var unknown = await SaveAsync(store, Articles[2], version: null);
        var reannotator = new Reannotator(Pipeline.Value, store, jobs: 2);

        var plan = await reannotator.PlanAsync(all: false);
        var report = await reannotator.ReannotateAsync(plan);

        Assert.Equal([older, unknown], plan.Due.ToArray());
        Assert.Equal([older, unknown], report.Reannotated.ToArray());
        Assert.Equal((3, 1), (report.Documents, report.AlreadyCurrent));
        Assert.Empty(report.Failures);
        var seoul = (await store.GetDocumentAsync(unknown))!.Document;
        Assert.Equal((Articles[2], new DateOnly(2023, 3, 6)), (seoul.Text, seoul.Published));
        Assert.Contains(seoul.TimeExpressions, t => t.Value == "2023-03-06");
        Assert.True(seoul.Layers.HasFlag(Layer.Events | Layer.Quotes | Layer.Entities));
        Assert.Contains(seoul.Events, e => seoul[e.Trigger] == "announced");
        Assert.Equal(new AnnotationStatus(3, 0), await AnnotationStatus.ReadAsync(store, Pipeline.Value.Version));
        Assert.Empty((await reannotator.PlanAsync(all: false)).Due);
    }

    [Fact]
    public async Task Annotates_every_article_again_when_asked_for_all()
    {
        await using var store = await SqliteDossierStore.OpenAsync(Folder.Combine("d.db"));
        var first = await SaveAsync(store, Articles[0], version: Pipeline.Value.Version);
        var second = await SaveAsync(store, Articles[1], version: Pipeline.Value.Version);
        var reannotator = new Reannotator(Pipeline.Value, store);

        var report = await reannotator.ReannotateAsync(await reannotator.PlanAsync(all: true));

        Assert.Equal([first, second], report.Reannotated.ToArray());
        Assert.Equal(0, report.AlreadyCurrent);
    }

    [Fact]
    public async Task Reports_an_article_the_pipeline_fails_on_leaves_it_as_it_was_and_annotates_the_rest()
    {
        var failing = Dossier.Pipeline.Create([.. NlpPipeline.BaseStages(), new FailingStage("Kimura")]);
        await using var store = await SqliteDossierStore.OpenAsync(Folder.Combine("d.db"));
        var good = await SaveAsync(store, Articles[0], version: null);
        var bad = await SaveAsync(store, Articles[1], version: null);
        var reannotator = new Reannotator(failing, store);

        var report = await reannotator.ReannotateAsync(await reannotator.PlanAsync(all: false));

        Assert.Equal([good], report.Reannotated.ToArray());
        var failure = Assert.Single(report.Failures);
        Assert.Equal(bad, failure.Id);
        Assert.Contains("FailingStage failed", failure.Reason, StringComparison.Ordinal);
        Assert.Null((await store.GetDocumentAsync(bad))!.Document.AnnotationVersion);
        Assert.Equal([bad], (await reannotator.PlanAsync(all: false)).Due.ToArray());
    }

    [Fact]
    public async Task Two_processes_reannotating_at_once_replace_each_article_once()
    {
        var path = Folder.Combine("d.db");
        await using var first = await SqliteDossierStore.OpenAsync(path);
        await using var second = await SqliteDossierStore.OpenAsync(path);
        var ids = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add(await SaveAsync(first, $"Article {i}: " + Articles[i % Articles.Length], version: null));
        }
        var one = new Reannotator(Pipeline.Value, first, jobs: 2);
        var other = new Reannotator(Pipeline.Value, second, jobs: 2);

        var plans = await Task.WhenAll(one.PlanAsync(all: false), other.PlanAsync(all: false));
        var reports = await Task.WhenAll(one.ReannotateAsync(plans[0]), other.ReannotateAsync(plans[1]));

        Assert.All(plans, plan => Assert.Equal(ids, plan.Due));
        Assert.Equal(ids, reports.SelectMany(r => r.Reannotated).Order());
        Assert.Equal(8, reports.Sum(r => r.AlreadyCurrent));
        Assert.All(reports, r => Assert.Empty(r.Failures));
        Assert.Equal(new AnnotationStatus(8, 0), await AnnotationStatus.ReadAsync(first, Pipeline.Value.Version));
    }

    /// <summary>Stores the text as a pipeline of the given version would have: without the layers of the later stages.</summary>
    private static async Task<long> SaveAsync(DossierStore store, string text, string? version)
    {
        var annotated = Pipeline.Value.Annotate(new Document(text, new DocumentSource($"{text.Length}.txt"), new DateOnly(2023, 3, 6)));
        var old = annotated with { Events = [], Quotes = [], Layers = annotated.Layers & ~(Layer.Events | Layer.Quotes), AnnotationVersion = version };
        return (await store.SaveAsync(version == Pipeline.Value.Version ? annotated : old)).Id;
    }

    private sealed class FailingStage(string trigger) : IPipelineStage
    {
        public Layer Needs => Layer.Tokens;

        public Layer Produces => Layer.None;

        public Document Annotate(Document document) =>
            document.Text.Contains(trigger, StringComparison.Ordinal) ? throw new FormatException("unreadable") : document;
    }
}
