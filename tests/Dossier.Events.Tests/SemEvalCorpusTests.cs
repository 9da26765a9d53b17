using Dossier.Testing;

namespace Dossier.Events.Tests;

/// <summary>The Track A reader on a folder laid out as the task ships it, with one article in both TimeML folders.</summary>
public sealed class SemEvalCorpusTests
{
    private const string Tml = """
        <?xml version='1.0' encoding='utf-8'?>
        <TimeML><DOCID>4596</DOCID>
        <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2006-03-28">2006-03-28</TIMEX3></DCT>
        <EXTRAINFO>Beatles ' Apple Corps sues Apple Computer</EXTRAINFO>
        <TEXT><s id="1">March 28 , 2006</s><s id="2">The Beatles ' Apple Corps has <EVENT eid="e59">filed</EVENT> a <EVENT eid="e2">lawsuit</EVENT> against Apple Computer in a London court .</s><s id="3">It says Apple Computer 's iTunes Music Store ( iTMS ) did n't keep an <EVENT eid="e4">agreement</EVENT> on " Apple " in music .</s></TEXT>
        </TimeML>
        """;

    private static SemEvalCorpus Read(TempFolder folder, string tml = Tml)
    {
        folder.File("task/Corpus-trial-data_task4_TimeML/4596-Beatles_Apple_Corps.tml", tml);
        folder.File("task/Corpus-trial-data_task4_events_timelines_TimeML/4596-Beatles_Apple_Corps.tml", tml);
        folder.File("task/TimeLines_trial_data_task4_v1.2/beatles_apple_corps.txt", "Beatles Apple Corps\n3\t2006-03\t4596-2-filed\t4596-2-lawsuit\n");
        folder.File("task/README.txt", "not a timeline");
        return SemEvalCorpus.Read(folder.Combine("task"));
    }

    [Fact]
    public void Reads_each_article_once_with_its_creation_date_and_the_gold_timelines()
    {
        using var folder = new TempFolder();

        var corpus = Read(folder);

        var article = Assert.Single(corpus.Articles);
        Assert.Equal("4596", article.DocId);
        Assert.Equal(new DateOnly(2006, 3, 28), article.Document.Published);
        Assert.Equal("Beatles Apple Corps", Assert.Single(corpus.Timelines).Target);
    }

    [Fact]
    public void A_creation_time_with_a_time_of_day_still_dates_the_article()
    {
        using var folder = new TempFolder();

        var corpus = Read(folder, Tml.Replace("value=\"2006-03-28\"", "value=\"2006-03-28T09:30\"", StringComparison.Ordinal));

        Assert.Equal(new DateOnly(2006, 3, 28), Assert.Single(corpus.Articles).Document.Published);
    }

    [Fact]
    public void Numbers_the_title_as_sentence_zero_and_joins_tokens_into_prose_without_the_event_tags()
    {
        using var folder = new TempFolder();

        var article = Read(folder).Articles[0];

        Assert.Equal(4, article.Sentences.Length);
        Assert.Equal("Beatles' Apple Corps sues Apple Computer", article.Document[article.Sentences[0]]);
        Assert.Equal("March 28, 2006", article.Document[article.Sentences[1]]);
        Assert.Equal("The Beatles' Apple Corps has filed a lawsuit against Apple Computer in a London court.", article.Document[article.Sentences[2]]);
        Assert.Equal("It says Apple Computer's iTunes Music Store (iTMS) didn't keep an agreement on \"Apple\" in music.", article.Document[article.Sentences[3]]);
    }

    [Fact]
    public void Names_a_word_by_document_sentence_number_and_text_as_the_gold_timelines_do()
    {
        using var folder = new TempFolder();
        var article = Read(folder).Articles[0];
        var text = article.Document.Text;

        var filed = TextSpan.FromLength(text.IndexOf("filed", StringComparison.Ordinal), "filed".Length);
        var agreement = TextSpan.FromLength(text.IndexOf("agreement", StringComparison.Ordinal), "agreement".Length);

        Assert.Equal("4596-2-filed", article.MentionId(filed));
        Assert.Equal("4596-3-agreement", article.MentionId(agreement));
        Assert.Null(article.MentionId(TextSpan.FromLength(text.IndexOf("\n\n", StringComparison.Ordinal), 1)));
    }
}
