using Dossier.Engine;
using Dossier.Entities;
using Dossier.Time;

namespace Dossier.Json.Tests;

public sealed class BriefSectionJsonTests
{
    [Fact]
    public void Writes_people_organizations_and_places_in_that_order_whatever_order_the_sections_come_in()
    {
        EntitySection[] sections =
        [
            new(EntityType.Location, "Places", [new LinkedEntity("Seoul", EntityType.Location, ["Seoul"], 3, [1, 2])]),
            new(EntityType.Person, "People", [new LinkedEntity("Yoon Suk-yeol", EntityType.Person, ["Yoon Suk-yeol", "Yoon"], 5, [2])]),
            new(EntityType.Organization, "Organisations", []),
        ];

        var json = Written.By(writer =>
        {
            writer.WriteStartObject();
            EntityJson.WriteSections(writer, sections);
            writer.WriteEndObject();
        });

        Assert.Equal(
            """{"people":[{"name":"Yoon Suk-yeol","type":"person","variants":["Yoon Suk-yeol","Yoon"],"mentions":5,"documents":[2]}],"organizations":[],"places":[{"name":"Seoul","type":"location","variants":["Seoul"],"mentions":3,"documents":[1,2]}]}""",
            json);
    }

    [Fact]
    public void Writes_a_dated_mention_with_its_sentence_and_the_sentences_span_when_asked()
    {
        const string text = "Talks began. They resumed on Wednesday in Tokyo.";
        var timex = new TimeExpression(new TextSpan(29, 38), TimexType.Date, "2022-11-02");
        var mention = new DatedMention(7, "2022-11-02", TimexType.Date, timex, text[29..38], new TextSpan(13, 48), text[13..48]);

        var brief = Written.By(writer => DatedMentionJson.Write(writer, mention));
        var timeline = Written.By(writer => DatedMentionJson.Write(writer, mention, sentenceSpan: true));

        Assert.Equal(
            """{"document_id":7,"value":"2022-11-02","when":"2 Nov 2022","type":"DATE","start":29,"end":38,"text":"Wednesday","sentence":"They resumed on Wednesday in Tokyo."}""",
            brief);
        Assert.Equal(brief[..^1] + ""","sentence_start":13,"sentence_end":48}""", timeline);
    }
}
