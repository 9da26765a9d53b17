using Dossier.Nlp;
using Dossier.Time;

namespace Dossier.Events.Tests;

public sealed class EventScorerTests
{
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>T1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-11-20" functionInDocument="CREATION_TIME">1998-11-20</TIMEX3></DCT>
        <TEXT>The FBI <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-11-20">Friday</TIMEX3> that agents <EVENT eid="e2" class="OCCURRENCE">searched</EVENT> the house.</TEXT>
        <MAKEINSTANCE eiid="ei1" eventID="e1" />
        <MAKEINSTANCE eiid="ei2" eventID="e2" />
        <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
        <TLINK lid="l2" relType="IS_INCLUDED" timeID="t0" relatedToEventInstance="ei2" />
        </TimeML>
        """;

    [Fact]
    public void Counts_exact_trigger_matches_and_links_to_a_time_of_the_same_sentence()
    {
        var gold = TimeMLReader.Parse(Tml);
        var document = Pipeline.Create([.. NlpPipeline.BaseStages()]).Annotate(new Document(gold.Text, new DocumentSource("T1"), gold.DocumentDate));
        var said = TextSpan.FromLength(gold.Text.IndexOf("said", StringComparison.Ordinal), 4);
        var house = TextSpan.FromLength(gold.Text.IndexOf("house", StringComparison.Ordinal), 5);
        var friday = TextSpan.FromLength(gold.Text.IndexOf("Friday", StringComparison.Ordinal), 6);
        var annotated = document with
        {
            TimeExpressions = [new TimeExpression(friday, TimexType.Date, "1998-11-20")],
            Events = [new Event(said, EventClass.Statement, document.Sentences[0].Span, 0, []), new Event(house, EventClass.Other, document.Sentences[0].Span, null, [])],
        };

        var scores = EventScorer.Score(gold, annotated);

        Assert.Equal((1, 2, 2), (scores.Triggers.Correct, scores.Triggers.Predicted, scores.Triggers.Gold));
        // The DCT link lies outside the text, so one link counts, and it is right.
        Assert.Equal((1, 1, 1), (scores.Links, scores.LinksFound, scores.LinksRight));
    }
}
