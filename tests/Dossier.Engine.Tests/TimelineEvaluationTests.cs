using Dossier.Events;
using Dossier.Testing;

namespace Dossier.Engine.Tests;

/// <summary><c>eval timeline</c> end to end on a two-article folder laid out as SemEval-2015 Task 4 ships it.</summary>
public sealed class TimelineEvaluationTests
{
    private static string Tml(string id, string date, string title, params string[] sentences) => $"""
        <?xml version='1.0' encoding='utf-8'?>
        <TimeML><DOCID>{id}</DOCID>
        <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="{date}">{date}</TIMEX3></DCT>
        <EXTRAINFO>{title}</EXTRAINFO>
        <TEXT>{string.Concat(sentences.Select((s, i) => $"<s id=\"{i + 1}\">{s}</s>"))}</TEXT>
        </TimeML>
        """;

    private static TimelineEvaluationResult Run()
    {
        using var folder = new TempFolder();
        folder.File("task/TimeML/100-Jobs.tml", Tml("100", "2007-01-10", "Jobs unveils iPhone",
            "January 10 , 2007",
            "Apple CEO Steve Jobs <EVENT eid=\"e1\">unveiled</EVENT> the iPhone on Tuesday in San Francisco ."));
        folder.File("task/TimeML/200-Jobs.tml", Tml("200", "2008-06-10", "Jobs resigns",
            "June 10 , 2008",
            "Steve Jobs <EVENT eid=\"e1\">resigned</EVENT> as chief executive on Monday .",
            "Jobs praised the new phone .",
            "Jobs met the board ."));
        folder.File("task/TimeLines/steve_jobs.txt", "Steve Jobs\n1\t2007-01-09\t100-2-unveiled\n2\t2008-06-09\t200-2-resigned\n");
        return TimelineEvaluation.Run(SemEvalCorpus.Read(folder.Combine("task")), DossierPipeline.Create());
    }

    [Fact]
    public void Places_steve_jobs_s_dated_events_on_the_days_their_sentences_give_and_scores_them_against_the_gold()
    {
        var outcome = Run();

        var run = Assert.Single(outcome.Runs[TimelineEvaluation.ActorTextDates]);
        Assert.Equal(2, outcome.Documents);
        Assert.Equal("1\t2007-01-09\t100-2-unveiled\n2\t2008-06-09\t200-2-resigned\n", run.Predicted.Write().Split('\n', 2)[1]);
        // unveiled in 2007-01-09, unveiled < resigned, resigned in 2008-06-09, on both sides.
        Assert.Equal(new AwarenessScore(3, 3, 3, 3), run.Score);
        Assert.Equal("steve_jobs.txt", TimelineEvaluation.FileName(run.Predicted));
    }

    [Fact]
    public void An_undated_event_of_the_entity_goes_to_rank_zero_or_to_its_article_s_date()
    {
        var outcome = Run();

        var atZero = Assert.Single(outcome.Runs[TimelineEvaluation.ActorWithUndated]).Predicted;
        var atArticleDate = Assert.Single(outcome.Runs[TimelineEvaluation.ActorAtArticleDate]).Predicted;
        Assert.Contains(atZero.Lines, l => l.Rank == 0 && l.Date == RankedTimeline.NoDate && l.Events.Contains("200-3-praised"));
        Assert.Contains(atArticleDate.Lines, l => l.Date == "2008-06-10" && l.Events.Contains("200-3-praised"));
    }

    [Fact]
    public void The_actor_system_is_the_product_s_actor_timeline_with_an_undated_event_at_its_article_s_date_ranked_by_it()
    {
        var run = Assert.Single(Run().Runs[TimelineEvaluation.Actor]);

        // "Jobs praised the new phone" is left out: "praised" is the cue of a quote, which the entry rules leave to the quotes.
        Assert.Equal("1\t2007-01-09\t100-2-unveiled\n2\t2008-06-09\t200-2-resigned\n3\t2008-06-10\t200-4-met\n",
            run.Predicted.Write().Split('\n', 2)[1]);
    }
}
