using Dossier.Nlp;
using Dossier.Store.Sqlite;
using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Store.Tests;

public sealed class SqliteDossierStoreTests : IDisposable
{
    private static readonly Pipeline Pipeline = Pipeline.Create(NlpPipeline.BaseStages());

    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static Document Annotated(string text, DateOnly? date = null, string location = "a.txt") =>
        Pipeline.Annotate(new Document(text, new DocumentSource(location, Outlet: "Example News"), date));

    private Task<SqliteDossierStore> OpenAsync() => SqliteDossierStore.OpenAsync(_folder.Combine("dossier.db"));

    [Fact]
    public async Task Round_trips_a_document_with_every_layer_and_offset()
    {
        await using var store = await OpenAsync();
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

    [Fact]
    public async Task Adds_nothing_when_the_same_content_comes_again()
    {
        await using var store = await OpenAsync();

        var first = await store.SaveAsync(Annotated("Seoul says Tokyo must apologise.", location: "a.txt"));
        var again = await store.SaveAsync(Annotated("Seoul says Tokyo must apologise.", location: "copy-of-a.txt"));

        Assert.False(again.Added);
        Assert.Equal(first.Id, again.Id);
        Assert.Single(await store.ListDocumentsAsync());
    }

    [Fact]
    public async Task Lists_dated_documents_in_date_order_and_undated_ones_last()
    {
        await using var store = await OpenAsync();
        await store.SaveAsync(Annotated("Undated article.", null));
        await store.SaveAsync(Annotated("Later article.", new DateOnly(2023, 5, 18)));
        await store.SaveAsync(Annotated("Earlier article.", new DateOnly(2022, 11, 2)));

        var documents = await store.ListDocumentsAsync();

        Assert.Equal(["Earlier article.", "Later article.", "Undated article."], documents.Select(d => d.Title));
        Assert.Null(documents[2].Published);
        Assert.Equal(2, documents[0].Words);
        Assert.Equal(1, documents[0].Sentences);
    }

    [Fact]
    public async Task Leaves_no_half_document_when_a_layer_fails_to_write()
    {
        await using var store = await OpenAsync();
        await using (var connection = new SqliteConnection($"Data Source={_folder.Combine("dossier.db")}"))
        {
            await connection.OpenAsync();
            await using var trigger = connection.CreateCommand();
            trigger.CommandText = "CREATE TRIGGER fail_second_sentence BEFORE INSERT ON sentences WHEN NEW.ordinal = 1 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END";
            await trigger.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAsync<SqliteException>(() => store.SaveAsync(Annotated("First sentence. Second sentence.")));

        Assert.Empty(await store.ListDocumentsAsync());
    }

    [Fact]
    public async Task Opens_an_existing_database_without_reapplying_migrations()
    {
        await using (var store = await OpenAsync())
        {
            await store.SaveAsync(Annotated("Kept across opens."));
        }

        await using var reopened = await OpenAsync();

        Assert.Single(await reopened.ListDocumentsAsync());
    }

    [Fact]
    public async Task Returns_null_for_an_unknown_id()
    {
        await using var store = await OpenAsync();

        Assert.Null(await store.GetDocumentAsync(42));
    }

    [Fact]
    public async Task Reads_all_documents_with_their_layers()
    {
        await using var store = await OpenAsync();
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
}
