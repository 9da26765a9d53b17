using System.Text;
using System.Text.Json;
using Dossier.Nlp;
using Dossier.Testing;

namespace Dossier.Time.Tests;

public sealed class TimexEvaluationTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create([.. NlpPipeline.BaseStages(), new TemporalTagger()]);

    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML><DOCID>doc1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2022-11-02">Nov. 2, 2022</TIMEX3></DCT>
        <TEXT>The leaders met <TIMEX3 tid="t1" type="DATE" value="2022-10-31">Monday</TIMEX3> for a <TIMEX3 tid="t2" type="DURATION" value="P2D">two-day</TIMEX3> visit.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void Scores_the_pipeline_against_gold_timexes()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "doc1.tml"), Tml);

        var result = TimexEvaluation.Run(TimexEvaluation.FilesIn(folder.Path), Pipeline);

        Assert.Equal(1, result.Documents);
        Assert.Equal(2, result.Scores.Gold);
        Assert.Equal(1.0, result.Scores.StrictF1);
        Assert.Equal(1.0, result.Scores.ValueF1);
    }

    [Fact]
    public void Skips_and_reports_a_file_that_is_not_TimeML()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "bad.tml"), "<TimeML>");
        File.WriteAllText(Path.Combine(folder.Path, "doc1.tml"), Tml);

        var result = TimexEvaluation.Run(TimexEvaluation.FilesIn(folder.Path), Pipeline);

        Assert.Equal(1, result.Documents);
        Assert.Contains(result.Failures, f => f.Contains("bad.tml", StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_one_json_line_per_prediction_with_offsets_into_the_text()
    {
        var timex = new TimeExpression(new TextSpan(118, 125), TimexType.Duration, "P1M");
        using var stream = new MemoryStream();

        TimexEvaluation.WritePredictions(stream, [new TimexPrediction("APW19980219.0476", timex), new TimexPrediction("d2", timex)]);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("""{"doc":"APW19980219.0476","start":118,"end":125,"type":"DURATION","value":"P1M"}""", lines[0]);
        using var json = JsonDocument.Parse(lines[1]);
        Assert.Equal("d2", json.RootElement.GetProperty("doc").GetString());
    }
}
