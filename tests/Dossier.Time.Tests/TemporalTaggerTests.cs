using System.Collections.Immutable;

namespace Dossier.Time.Tests;

/// <summary>The stage alone, on documents built by hand: one sentence per line of text.</summary>
public sealed class TemporalTaggerTests
{
    private static readonly TemporalTagger Tagger = new();

    private static Document Tag(string text, DateOnly? published)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            sentences.Add(new Sentence(new TextSpan(start, start + line.Length), sentences.Count));
            start += line.Length + 1;
        }
        var document = new Document(text, new DocumentSource("test"), published) { Sentences = [.. sentences] };
        return Tagger.Annotate(document);
    }

    [Fact]
    public void Declares_that_it_needs_tokens_and_sentences_and_produces_time_expressions()
    {
        Assert.Equal(Layer.Tokens | Layer.Sentences, Tagger.Needs);
        Assert.Equal(Layer.TimeExpressions, Tagger.Produces);
    }

    [Fact]
    public void Resolves_weekday_to_past_date_in_past_tense_sentence()
    {
        var document = Tag("The leaders met on Wednesday.", new DateOnly(2022, 11, 4));

        var timex = Assert.Single(document.TimeExpressions);
        Assert.Equal("2022-11-02", timex.Value);
        Assert.Equal(TimexAnchorKind.ArticleDate, timex.Anchor.Kind);
        Assert.Equal("2022-11-04", timex.Anchor.AnchorValue);
        Assert.Contains("past-tense", timex.Anchor.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolves_weekday_to_coming_date_in_future_tense_sentence()
    {
        var document = Tag("The leaders will meet on Wednesday.", new DateOnly(2022, 11, 4));

        Assert.Equal("2022-11-09", Assert.Single(document.TimeExpressions).Value);
    }

    [Fact]
    public void Keeps_relative_expressions_underspecified_without_an_article_date()
    {
        var document = Tag("They met on Wednesday, two days ago, and again last month.", null);

        Assert.Equal(["XXXX-WXX-3", "XXXX-XX-XX", "XXXX-XX"], document.TimeExpressions.Select(t => t.Value));
        Assert.All(document.TimeExpressions, t => Assert.Equal(TimexAnchorKind.Unresolved, t.Anchor.Kind));
    }

    [Fact]
    public void Anchors_the_following_month_to_the_month_last_mentioned()
    {
        var document = Tag("He visits Washington in April.\nHe goes to Japan the following month.", new DateOnly(2023, 2, 28));

        var following = document.TimeExpressions[1];
        Assert.Equal("2023-05", following.Value);
        Assert.Equal(TimexAnchorKind.EarlierExpression, following.Anchor.Kind);
        Assert.Equal(document.TimeExpressions[0].Span, following.Anchor.Expression);
    }

    [Fact]
    public void Gives_a_year_range_its_begin_and_end()
    {
        var document = Tag("Japan ruled Korea between 1910-1945.", new DateOnly(2023, 2, 28));

        var range = Assert.Single(document.TimeExpressions);
        Assert.Equal(TimexType.Duration, range.Type);
        Assert.Equal("P35Y", range.Value);
        Assert.Equal(("1910", "1945"), (range.Begin, range.End));
    }

    [Fact]
    public void Links_the_two_ends_of_a_from_to_range()
    {
        var document = Tag("The exhibition runs from May to July.", new DateOnly(2023, 5, 18));

        Assert.All(document.TimeExpressions, t => Assert.Equal(("2023-05", "2023-07"), (t.Begin, t.End)));
        Assert.Equal(2, document.TimeExpressions.Length);
    }

    [Fact]
    public void Reads_a_weekday_and_abbreviated_month_in_capitals_as_one_date()
    {
        // The sentence splitter keeps "OCT. 26" in one sentence (Specs/sentences.md of Dossier.Nlp.Tests).
        var text = "The paper said on Monday, OCT. 26: the case is closed.";
        var document = Tag(text, new DateOnly(1998, 10, 25));

        var timex = Assert.Single(document.TimeExpressions);
        Assert.Equal("Monday, OCT. 26", timex.Span.Of(text));
        Assert.Equal("1998-10-26", timex.Value);
    }

    [Fact]
    public void Offsets_beyond_the_calendar_stay_unknown_instead_of_failing()
    {
        var document = Tag("Humans settled here 10,000 years ago, and 9,000 years later the town grew.", new DateOnly(2005, 3, 15));

        Assert.Equal("XXXX", document.TimeExpressions[0].Value);
    }

    [Fact]
    public void Leap_day_without_a_year_in_a_common_year_keeps_its_year_open()
    {
        var document = Tag("The deadline was Feb. 29.", new DateOnly(2023, 3, 10));

        Assert.Equal("XXXX-02-29", Assert.Single(document.TimeExpressions).Value);
    }

    [Fact]
    public void Finds_nothing_in_a_document_without_sentences()
    {
        var document = Tagger.Annotate(new Document("Wednesday", new DocumentSource("test"), null) { Sentences = ImmutableArray<Sentence>.Empty });

        Assert.Empty(document.TimeExpressions);
    }
}
