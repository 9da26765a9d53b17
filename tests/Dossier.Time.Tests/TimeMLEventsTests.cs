namespace Dossier.Time.Tests;

public sealed class TimeMLEventsTests
{
    [Fact]
    public void Reads_events_with_their_class_and_links_through_event_instances_in_either_direction()
    {
        var document = TimeMLReader.Parse("""
            <TimeML><DOCID>D</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-11-20">1998-11-20</TIMEX3></DCT>
            <TEXT>Kopp <EVENT eid="e1" class="OCCURRENCE">fled</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-10">last month</TIMEX3>.</TEXT>
            <MAKEINSTANCE eiid="ei7" eventID="e1" />
            <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei7" relatedToTime="t1" />
            <TLINK lid="l2" relType="BEFORE" timeID="t0" relatedToEventInstance="ei7" />
            <TLINK lid="l3" relType="BEFORE" eventInstanceID="ei7" relatedToEventInstance="ei8" />
            </TimeML>
            """);

        var fled = Assert.Single(document.Events);
        Assert.Equal(("e1", "fled", "OCCURRENCE"), (fled.Id, fled.Span.Of(document.Text), fled.Class));
        Assert.Equal(["t1"], document.TimexIds.ToArray());
        Assert.Equal([new TimeMLLink("e1", "t1", "IS_INCLUDED"), new TimeMLLink("e1", "t0", "BEFORE")], document.Links.ToArray());
    }
}
