using Dossier.Engine;

namespace Dossier.Json.Tests;

public sealed class QuoteJsonTests
{
    //                      0         1         2         3         4         5
    //                      012345678901234567890123456789012345678901234567890123456789
    private const string Text = "“We will,” said Kan Kimura, a professor at Kobe University. “Never,” one aide said.";

    private static readonly Document Article = new Document(Text, new DocumentSource("test"), new DateOnly(2022, 11, 2))
    {
        Actors =
        [
            new Actor("Kan Kimura", ActorKind.Person, [new TextSpan(16, 26)],
                [new ActorRole("professor", "Kobe University", RoleTense.Current, new TextSpan(30, 39))]),
        ],
        Quotes =
        [
            new Quote([new TextSpan(1, 8)], new TextSpan(11, 15), new TextSpan(16, 26), QuoteKind.Direct, Speaker: 0),
            new Quote([new TextSpan(61, 66)], new TextSpan(78, 82), new TextSpan(69, 77), QuoteKind.Direct),
            new Quote([new TextSpan(61, 66)], null, null, QuoteKind.Direct),
        ],
    };

    [Fact]
    public void Writes_the_speaker_and_spans_with_their_text()
    {
        var json = Written.By(writer => QuoteJson.Write(writer, Article, Article.Quotes[0], id: 4));

        Assert.Equal(
            """{"doc":4,"speaker":"Kan Kimura","speaker_kind":"person","speaker_index":0,"kind":"direct","content":[{"start":1,"end":8,"text":"We will"}],"cue":{"start":11,"end":15,"text":"said"},"source":{"start":16,"end":26,"text":"Kan Kimura"}}""",
            json);
    }

    [Fact]
    public void Writes_the_name_the_quote_is_listed_under_and_the_titles_in_this_article_when_given()
    {
        var json = Written.By(writer => QuoteJson.Write(writer, Article, Article.Quotes[0], id: 4, speakerName: "Kimura Kan"));

        Assert.Contains(
            "\"speaker_index\":0,\"speaker_name\":\"Kimura Kan\",\"speaker_roles\":[{\"title\":\"professor\",\"affiliation\":\"Kobe University\",\"tense\":\"current\"}],\"kind\":\"direct\",",
            json, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_quote_with_no_speaker_by_its_source_words_and_gives_no_titles()
    {
        var json = Written.By(writer => QuoteJson.Write(writer, Article, Article.Quotes[1], speakerName: SpeakerQuotes.InArticle(Article, Article.Quotes[1])));

        Assert.Equal(
            """{"doc":null,"speaker":null,"speaker_kind":null,"speaker_index":null,"speaker_name":"one aide","speaker_roles":[],"kind":"direct","content":[{"start":61,"end":66,"text":"Never"}],"cue":{"start":78,"end":82,"text":"said"},"source":{"start":69,"end":77,"text":"one aide"}}""",
            json);
    }

    [Fact]
    public void Files_a_quote_with_no_source_as_unattributed_with_null_cue_and_source()
    {
        var json = Written.By(writer => QuoteJson.Write(writer, Article, Article.Quotes[2], speakerName: SpeakerQuotes.InArticle(Article, Article.Quotes[2])));

        Assert.Contains("\"speaker_name\":\"(unattributed)\",", json, StringComparison.Ordinal);
        Assert.EndsWith("\"cue\":null,\"source\":null}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_quotes_carry_the_speaker_details_only_when_given_their_names()
    {
        var plain = Written.By(writer => DocumentJson.Write(writer, Article, id: 4));
        var detailed = Written.By(writer => DocumentJson.Write(writer, Article, id: 4, [.. Article.Quotes.Select(q => SpeakerQuotes.InArticle(Article, q))]));

        Assert.DoesNotContain("speaker_name", plain, StringComparison.Ordinal);
        Assert.Equal(3, detailed.Split("\"speaker_name\"").Length - 1);
        Assert.Equal(plain, detailed.Replace("\"speaker_name\":\"Kan Kimura\",\"speaker_roles\":[{\"title\":\"professor\",\"affiliation\":\"Kobe University\",\"tense\":\"current\"}],", "", StringComparison.Ordinal)
            .Replace("\"speaker_name\":\"one aide\",\"speaker_roles\":[],", "", StringComparison.Ordinal)
            .Replace("\"speaker_name\":\"(unattributed)\",\"speaker_roles\":[],", "", StringComparison.Ordinal));
    }
}
