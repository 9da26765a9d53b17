using Dossier.Time;

namespace Dossier.Time.Tests;

public class TimexWordsTests
{
    [Theory]
    [InlineData("2022-11-02", "2 Nov 2022")]
    [InlineData("2023-02", "Feb 2023")]
    [InlineData("1965", "1965")]
    [InlineData("196", "1960s")]
    [InlineData("19", "1900s")]
    [InlineData("2023-Q1", "Q1 2023")]
    [InlineData("2023-H2", "second half of 2023")]
    [InlineData("2023-SU", "summer 2023")]
    [InlineData("2023-W08", "week of 20 Feb 2023")]
    [InlineData("2022-W43-WE", "weekend of 29–30 Oct 2022")]
    [InlineData("2023-W39-WE", "weekend of 30 Sep–1 Oct 2023")]
    [InlineData("2022-W52-WE", "weekend of 31 Dec 2022–1 Jan 2023")]
    [InlineData("2022-11-02TMO", "2 Nov 2022, morning")]
    [InlineData("2022-11-02T15:30", "2 Nov 2022, 15:30")]
    [InlineData("PRESENT_REF", "now")]
    [InlineData("PAST_REF", "the past")]
    public void Says_a_value_in_words_with_the_month_named(string value, string words) =>
        Assert.Equal(words, TimexWords.Describe(value));

    [Theory]
    [InlineData("P3Y")]
    [InlineData("XXXX-WXX-3")]
    [InlineData("XXXX-12-25")]
    [InlineData("2023-13")]
    [InlineData("2023-W54")]
    [InlineData("2023-02-30")]
    [InlineData("2022-11-02T25")]
    [InlineData("")]
    public void Keeps_a_value_it_cannot_say_as_it_is(string value) =>
        Assert.Equal(value, TimexWords.Describe(value));
}
