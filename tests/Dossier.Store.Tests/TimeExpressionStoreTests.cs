namespace Dossier.Store.Tests;

/// <summary>The time-expression layer through every store engine (see <see cref="StoreContractTests"/>).</summary>
public sealed class TimeExpressionStoreTests
{
    public static TheoryData<string> Engines() => [.. TestDatabase.Engines];

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Round_trips_time_expressions_with_mod_range_and_anchor(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var store = await database.OpenAsync();
        const string text = "Yoon visits in April and Japan the following month, early next year, in 1910-1945.";
        var april = new TimeExpression(new TextSpan(15, 20), TimexType.Date, "2023-04")
        {
            Anchor = new TimexAnchor(TimexAnchorKind.ArticleDate, null, "2023-02-28", "no tense cue, so the April nearest to the article date"),
        };
        var following = new TimeExpression(new TextSpan(31, 50), TimexType.Date, "2023-05")
        {
            Anchor = new TimexAnchor(TimexAnchorKind.EarlierExpression, april.Span, "2023-04", "the month after April"),
        };
        var early = new TimeExpression(new TextSpan(52, 67), TimexType.Date, "2024") { Mod = TimexMod.Start };
        var range = new TimeExpression(new TextSpan(72, 81), TimexType.Duration, "P35Y") { Begin = "1910", End = "1945" };
        var document = new Document(text, new DocumentSource("a.txt"), new DateOnly(2023, 2, 28))
        {
            TimeExpressions = [april, following, early, range],
            Layers = Layer.TimeExpressions,
        };

        var saved = await store.SaveAsync(document);
        var read = (await store.GetDocumentAsync(saved.Id))!.Document;

        Assert.Equal(document.TimeExpressions.ToArray(), read.TimeExpressions.ToArray());
        Assert.Equal("the following month", document[read.TimeExpressions[1].Span]);
    }
}
