using Dossier.Store;

namespace Dossier.Engine.Tests;

public sealed class TextSearchTests
{
    private static readonly Lazy<Pipeline> Pipeline = new(DossierPipeline.Create);

    [Fact]
    public void Finds_every_occurrence_ignoring_case_with_its_sentence()
    {
        var documents = new[]
        {
            Stored(1, "Yoon met Kishida. Later, YOON flew home."),
            Stored(2, "Kishida spoke.\n\nIt was yoonish."),
        };

        var result = TextSearch.Find(documents, "yoon", limit: 10);

        Assert.Equal(3, result.Total);
        Assert.Equal([(1L, "Yoon", "Yoon met Kishida."), (1L, "YOON", "Later, YOON flew home."), (2L, "yoon", "It was yoonish.")],
            result.Hits.Select(h => (h.DocumentId, Text(documents, h.DocumentId, h.Span), Text(documents, h.DocumentId, h.Sentence))));
    }

    [Fact]
    public void Counts_hits_past_the_limit_without_returning_them()
    {
        var result = TextSearch.Find([Stored(1, "aaaa")], "aa", limit: 2);

        Assert.Equal(3, result.Total);
        Assert.Equal([new TextSpan(0, 2), new TextSpan(1, 3)], result.Hits.Select(h => h.Span));
    }

    private static StoredDocument Stored(long id, string text) =>
        new(id, Pipeline.Value.Annotate(new Document(text, new DocumentSource($"{id}.txt"), null)), DateTimeOffset.UnixEpoch);

    private static string Text(StoredDocument[] documents, long id, TextSpan span) => documents.Single(d => d.Id == id).Document[span];
}
