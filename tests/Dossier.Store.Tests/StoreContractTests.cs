using Dossier.Nlp;

namespace Dossier.Store.Tests;

/// <summary>
/// What every store engine must do, run once per engine (Dapper's provider-generic tests are
/// the model). Each case starts from an empty database of its own. PostgreSQL joins when
/// DOSSIER_TEST_POSTGRES names a server (CI starts one); SQLite always runs.
/// </summary>
public sealed class StoreContractTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create(NlpPipeline.BaseStages());

    public static TheoryData<string> Engines() => [.. TestDatabase.Engines];

    private static Document Annotated(string text, DateOnly? date = null, string location = "a.txt") =>
        Pipeline.Annotate(new Document(text, new DocumentSource(location, Outlet: "Example News"), date));

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Round_trips_a_document_with_every_layer_and_offset(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var document = Annotated("“It won’t hurt,” he said.\n\nYoon met Kishida.", new DateOnly(2022, 11, 2));

        var saved = await store.SaveAsync(document);
        var read = (await store.GetDocumentAsync(saved.Id))!.Document;

        Assert.True(saved.Added);
        Assert.Equal(document.Text, read.Text);
        Assert.Equal(document.Source, read.Source);
        Assert.Equal(document.Published, read.Published);
        Assert.Equal(document.ContentHash, read.ContentHash);
        Assert.Equal(document.Layers, read.Layers);
        Assert.Equal(document.Tokens.ToArray(), read.Tokens.ToArray());
        Assert.Equal(document.Sentences.ToArray(), read.Sentences.ToArray());
        Assert.Equal(document.Paragraphs.ToArray(), read.Paragraphs.ToArray());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Adds_nothing_when_the_same_content_comes_again(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();

        var first = await store.SaveAsync(Annotated("Seoul says Tokyo must apologise.", location: "a.txt"));
        var again = await store.SaveAsync(Annotated("Seoul says Tokyo must apologise.", location: "copy-of-a.txt"));

        Assert.False(again.Added);
        Assert.Equal(first.Id, again.Id);
        Assert.Single(await store.ListDocumentsAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Lists_dated_documents_in_date_order_and_undated_ones_last(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        await store.SaveAsync(Annotated("Undated article.", null));
        await store.SaveAsync(Annotated("Later article.", new DateOnly(2023, 5, 18)));
        await store.SaveAsync(Annotated("Earlier article.", new DateOnly(2022, 11, 2)));

        var documents = await store.ListDocumentsAsync();

        Assert.Equal(["Earlier article.", "Later article.", "Undated article."], documents.Select(d => d.Title));
        Assert.Null(documents[2].Published);
        Assert.Equal(2, documents[0].Words);
        Assert.Equal(1, documents[0].Sentences);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Leaves_no_half_document_when_a_layer_fails_to_write(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        await database.FailSecondSentenceAsync();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.SaveAsync(Annotated("First sentence. Second sentence.")));

        Assert.Empty(await store.ListDocumentsAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Opens_an_existing_database_without_reapplying_migrations(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using (var store = await database.OpenAsync())
        {
            await store.SaveAsync(Annotated("Kept across opens."));
        }

        await using var reopened = await database.OpenAsync();

        Assert.Single(await reopened.ListDocumentsAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Returns_null_for_an_unknown_id(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();

        Assert.Null(await store.GetDocumentAsync(42));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Reads_all_documents_with_their_layers(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        await store.SaveAsync(Annotated("One. Two.", new DateOnly(2023, 1, 1)));
        await store.SaveAsync(Annotated("Three.", new DateOnly(2022, 1, 1)));

        var all = new List<StoredDocument>();
        await foreach (var stored in store.ReadAllAsync())
        {
            all.Add(stored);
        }

        Assert.Equal(["Three.", "One. Two."], all.Select(d => d.Document.Text));
        Assert.Equal(2, all[1].Document.Sentences.Length);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Stores_content_once_when_many_writers_save_it_at_the_same_time(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var document = Annotated("Seoul and Tokyo agreed. Workers raced to store it.", new DateOnly(2023, 3, 6));
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => database.OpenAsync()));

        var results = await Task.WhenAll(stores.Select(s => s.SaveAsync(document)));

        Assert.Single(results, r => r.Added);
        Assert.Single(results.Select(r => r.Id).Distinct());
        Assert.Single(await stores[0].ListDocumentsAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Keeps_dates_titles_and_unicode_text_exactly(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        var text = "“It won’t hurt,” said 𝕏 at 9 a.m.\n\nYoon Suk-yeol\tleft.";
        var document = Pipeline.Annotate(new Document(text, new DocumentSource("https://example.org/a?b=c", "Aso’s visit", "Example", "https://example.org/a?b=c"), new DateOnly(1, 1, 1)));

        var read = (await store.GetDocumentAsync((await store.SaveAsync(document)).Id))!.Document;

        Assert.Equal(text, read.Text);
        Assert.Equal(document.Source, read.Source);
        Assert.Equal(new DateOnly(1, 1, 1), read.Published);
    }
}
