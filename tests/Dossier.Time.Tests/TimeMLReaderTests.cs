namespace Dossier.Time.Tests;

public sealed class TimeMLReaderTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>wsj_0001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1989-11-02" functionInDocument="CREATION_TIME">11/02/89</TIMEX3></DCT>
        <TEXT>Profits &amp; sales <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1989-Q3">in the third quarter</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2Y" mod="MORE_THAN">more than two years</TIMEX3>.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Reads_document_date_from_the_DCT_timex()
    {
        var document = TimeMLReader.Parse(Sample);

        Assert.Equal("wsj_0001", document.DocId);
        Assert.Equal(new DateOnly(1989, 11, 2), document.DocumentDate);
    }

    [Fact]
    public void Text_has_tags_removed_and_entities_decoded()
    {
        var document = TimeMLReader.Parse(Sample);

        Assert.Equal("Profits & sales rose in the third quarter after more than two years.", document.Text);
    }

    [Fact]
    public void Gold_timexes_point_into_the_text_with_their_attributes()
    {
        var document = TimeMLReader.Parse(Sample);

        Assert.Collection(document.Timexes,
            t =>
            {
                Assert.Equal("in the third quarter", t.Span.Of(document.Text));
                Assert.Equal(TimexType.Date, t.Type);
                Assert.Equal("1989-Q3", t.Value);
            },
            t =>
            {
                Assert.Equal("more than two years", t.Span.Of(document.Text));
                Assert.Equal(TimexType.Duration, t.Type);
                Assert.Equal(TimexMod.MoreThan, t.Mod);
            });
    }

    [Fact]
    public void A_file_without_TEXT_is_reported_as_a_format_error()
    {
        var error = Assert.Throws<FormatException>(() => TimeMLReader.Parse("<TimeML><DOCID>x</DOCID></TimeML>"));

        Assert.Contains("TEXT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_is_reported_as_a_format_error()
    {
        Assert.Throws<FormatException>(() => TimeMLReader.Parse("<TimeML><TEXT>open"));
    }
}
