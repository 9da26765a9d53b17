using System.Data.Common;
using Dossier.Nlp;

namespace Dossier.Store.Tests;

/// <summary>
/// A user who may only read (a PostgreSQL role granted SELECT, a SQLite file opened read-only) opens
/// the store and reads everything, stories included; only writes fail.
/// </summary>
public sealed class ReadOnlyStoreTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create(NlpPipeline.BaseStages());

    public static TheoryData<string> Engines() => [.. TestDatabase.ReadOnlyEngines];

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Reads_documents_and_stories_without_writing(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        long first, second;
        await using (var writer = await database.OpenAsync())
        {
            first = (await writer.SaveAsync(Annotated("Yoon met Kishida in Tokyo."))).Id;
            second = (await writer.SaveAsync(Annotated("Kishida went to Seoul."))).Id;
            await writer.PlaceStoriesAsync((_, _) => Task.FromResult(new StoryPlacement([new(first, first), new(second, second)], [])));
            await writer.PlaceStoriesAsync((_, _) => Task.FromResult(new StoryPlacement([], [new(second, first)])));
        }

        await using var reader = await database.OpenReaderAsync();
        var stories = await reader.ReadStoriesAsync();

        Assert.Equal([first, second], (await reader.ListDocumentsAsync()).Select(d => d.Id).ToArray());
        Assert.Equal("Kishida went to Seoul.", (await reader.GetDocumentAsync(second))!.Document.Text);
        Assert.Equal([first, first], stories.Members.Values.ToArray());
        Assert.Equal(first, stories.Resolve(second));
        Assert.Equal([first, second], (await reader.ListAnnotationVersionsAsync()).Select(v => v.Id).ToArray());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Refuses_to_place_or_save_for_a_reader_and_leaves_the_store_as_it_was(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        long id;
        await using (var writer = await database.OpenAsync())
        {
            id = (await writer.SaveAsync(Annotated("Yoon met Kishida in Tokyo."))).Id;
        }
        await using var reader = await database.OpenReaderAsync();

        await Assert.ThrowsAnyAsync<DbException>(() => reader.PlaceStoriesAsync(
            (_, _) => Task.FromResult(new StoryPlacement([new(id, id)], []))));
        await Assert.ThrowsAnyAsync<DbException>(() => reader.SaveAsync(Annotated("Kishida went to Seoul.")));
        await Assert.ThrowsAnyAsync<DbException>(() => reader.ReplaceLayersAsync(id, Annotated("Yoon met Kishida in Tokyo."), evenIfCurrent: true));

        Assert.Empty((await reader.ReadStoriesAsync()).Members);
        Assert.Single(await reader.ListDocumentsAsync());
    }

    private static Document Annotated(string text) => Pipeline.Annotate(new Document(text, new DocumentSource("a.txt"), null));
}
