using Dossier.Ingest;
using Dossier.Store;
using Dossier.Store.Sqlite;
using Dossier.Testing;

namespace Dossier.Engine.Tests;

public sealed class IngestorTests : StoreFolderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Stores_articles_in_file_order_whatever_the_parallelism(int jobs)
    {
        for (var i = 0; i < 12; i++)
        {
            Folder.File($"in/{i:D2}.txt", $"date 2023-03-{i + 1:D2} Article number {i} says Seoul and Tokyo met on Monday.");
        }
        await using var store = await SqliteDossierStore.OpenAsync(Folder.Combine("d.db"));

        var report = await new Ingestor(Pipeline.Value, store, jobs).IngestAsync(ArticleReader.ExpandPaths([Folder.Combine("in")]).ToList(), null);

        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), report.Added.Select(a => a.Id));
        Assert.All(report.Added, a => Assert.EndsWith($"{a.Id - 1:D2}.txt", a.Location, StringComparison.Ordinal));
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task Reports_unreadable_files_and_duplicates_and_stores_the_rest()
    {
        Folder.File("in/a.txt", "date 2023-02-28 Seoul says Tokyo needs to apologise.");
        Folder.File("in/b.txt", "date 2023-02-28 Seoul says Tokyo needs to apologise.");
        File.WriteAllBytes(Folder.Combine("in/c.txt"), [0xC3, 0x28]);
        Folder.File("in/d.jsonl", "{\"text\": \"Kishida left.\"}\nnot json\n");
        await using var store = await SqliteDossierStore.OpenAsync(Folder.Combine("d.db"));

        var report = await new Ingestor(Pipeline.Value, store, jobs: 2).IngestAsync(ArticleReader.ExpandPaths([Folder.Combine("in")]).ToList(), new DateOnly(2023, 5, 21));

        Assert.Equal(2, report.Added.Count);
        Assert.Single(report.Duplicates);
        Assert.Equal(report.Added[0].Id, report.Duplicates[0].Id);
        Assert.Equal(["c.txt", "d.jsonl:2"], report.Failures.Select(f => Path.GetFileName(f.Location)));
        Assert.Equal(new DateOnly(2023, 5, 21), report.Added[1].Published);
        Assert.Equal(2, (await store.ListDocumentsAsync()).Count);
    }

    [Fact]
    public async Task Stores_one_item_read_elsewhere_once_and_reports_a_failed_item()
    {
        var reader = new ArticleReader();
        await using var store = await SqliteDossierStore.OpenAsync(Folder.Combine("d.db"));
        var ingestor = new Ingestor(Pipeline.Value, store);

        var first = await ingestor.IngestAsync(reader.ReadJson("api", """{"text": "Yoon met Kishida on Sunday.", "date": "2023-05-21"}"""));
        var again = await ingestor.IngestAsync(reader.ReadJson("api", """{"text": "Yoon met Kishida on Sunday."}"""));
        var failed = await ingestor.IngestAsync(reader.ReadJson("api", "{}"));

        Assert.Equal(1, first.Added.Single().Id);
        Assert.Equal(1, again.Duplicates.Single().Id);
        Assert.Equal(new IngestFailure("api", "has no \"text\""), failed.Failures.Single());
        var stored = await store.GetDocumentAsync(1);
        Assert.Contains(stored!.Document.TimeExpressions, t => t.Value == "2023-05-21");
    }

    [Fact]
    public async Task Stops_annotating_a_posted_article_whose_caller_went_away_and_stores_nothing()
    {
        await using var store = await SqliteDossierStore.OpenAsync(Folder.Combine("d.db"));
        using var hangUp = new CancellationTokenSource();
        var after = new CountingStage(Layer.Sentences);
        var ingestor = new Ingestor(Interrupted(hangUp, after), store);

        var item = new ArticleReader().ReadJson("api", """{"text": "Yoon met Kishida on Sunday. They said they would meet again."}""");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ingestor.IngestAsync(item, hangUp.Token));

        Assert.Equal(0, after.Runs);
        Assert.Empty(await store.ListDocumentsAsync());
    }

    [Fact]
    public async Task Stops_an_ingest_of_files_at_cancellation_and_throws_the_cancellation_itself()
    {
        Folder.File("in/a.txt", "Seoul says Tokyo needs to apologise.");
        Folder.File("in/b.txt", "Tokyo says it already has.");
        await using var store = await SqliteDossierStore.OpenAsync(Folder.Combine("d.db"));
        using var interrupt = new CancellationTokenSource();
        var after = new CountingStage(Layer.Sentences);
        var ingestor = new Ingestor(Interrupted(interrupt, after), store, jobs: 2);

        var files = ArticleReader.ExpandPaths([Folder.Combine("in")]).ToList();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ingestor.IngestAsync(files, null, cancellationToken: interrupt.Token));

        Assert.Equal(0, after.Runs);
        Assert.Empty(await store.ListDocumentsAsync());
    }

    /// <summary>The product's tokenizer and sentence splitter, a stage that cancels the run (a caller hanging up, Ctrl+C), then a stage that counts its runs.</summary>
    private static Pipeline Interrupted(CancellationTokenSource cancellation, CountingStage after) =>
        Dossier.Pipeline.Create(Pipeline.Value.Stages[0], Pipeline.Value.Stages[1], new CancellingStage(cancellation, Layer.Sentences), after);
}
