using NodaTime;
using Quorum.Import.Parsing;

namespace Quorum.Import.Tests.Parsing;

public class PackDatesTests
{
    [Theory]
    [InlineData("Tuesday 19 September 2017", 2017, 9, 19)]
    [InlineData("Monday, 11 September 2017", 2017, 9, 11)]
    [InlineData("9th December 2014", 2014, 12, 9)]
    [InlineData("26th November 2014", 2014, 11, 26)]
    [InlineData("27 JUNE 2017", 2017, 6, 27)]
    [InlineData("22/8/17", 2017, 8, 22)]
    [InlineData("24.09.2020", 2020, 9, 24)]
    [InlineData(" 24/09/2020/ ", 2020, 9, 24)]
    [InlineData("23/09/2020_", 2020, 9, 23)]
    [InlineData("By 30.09.17", 2017, 9, 30)]
    [InlineData("3.00 pm, Thursday 4 December 2014", 2014, 12, 4)]
    [InlineData("Minutes of the Meeting 13 May / May 2021 via Zoom", 2021, 5, 13)]
    [InlineData("19 Hydref / October 2023", 2023, 10, 19)]
    public void Dates_are_read_in_every_printed_form(string text, int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), PackDates.FindDate(text));

    [Theory]
    [InlineData("7.30 pm", 19, 30)]
    [InlineData("6.00 PM", 18, 0)]
    [InlineData("19:30", 19, 30)]
    [InlineData("Rule 17 says 3.00 pm", 15, 0)]
    public void Times_are_read_as_the_twenty_four_hour_clock(string text, int hour, int minute) =>
        Assert.Equal(new LocalTime(hour, minute), PackDates.FindTime(text));

    [Fact]
    public void An_impossible_date_is_not_a_date() => Assert.Null(PackDates.FindDate("31/02/2020"));

    [Theory]
    [InlineData("17 JULY 2017", true)]
    [InlineData("Thursday 6 December 2012", true)]
    [InlineData("Minutes of 17 July 2017", false)]
    public void A_date_on_its_own_line_is_recognised(string text, bool expected) => Assert.Equal(expected, PackDates.IsDateOnly(text));
}
