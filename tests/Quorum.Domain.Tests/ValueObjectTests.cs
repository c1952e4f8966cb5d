using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;

namespace Quorum.Domain.Tests;

public class ValueObjectTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void A_minute_number_below_one_is_rejected(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MinuteNumber(value));
        Assert.Contains($"Minute number {value} is not valid", error.Message);
    }

    [Fact]
    public void Minute_numbers_run_on_and_order_by_value()
    {
        var number = new MinuteNumber(227);
        Assert.Equal(new MinuteNumber(228), number.Next());
        Assert.True(number < number.Next());
        Assert.Equal("227", number.ToString());
    }

    [Fact]
    public void A_page_range_is_inclusive_and_prints_as_the_agenda_does()
    {
        var pages = new PageRange(21, 82);
        Assert.Equal(62, pages.PageCount);
        Assert.Equal("Pages 21 - 82", pages.ToAgendaText());
        Assert.Equal("Page 5", new PageRange(5, 5).ToAgendaText());
        Assert.Equal(pages, PageRange.Parse(pages.ToString()));
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(10, 9)]
    public void A_page_range_starting_before_page_one_or_ending_before_it_starts_is_rejected(int first, int last)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageRange(first, last));
    }

    [Fact]
    public void Schedule_12A_has_paragraphs_one_to_seven_only()
    {
        Assert.StartsWith("Information relating to the financial or business affairs", new Schedule12AParagraph(3).Description);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Schedule12AParagraph(0));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Schedule12AParagraph(8));
        Assert.Contains("paragraphs 1 to 7", error.Message);
    }

    [Theory]
    [InlineData("Overview and Scrutiny Committee", "overview-and-scrutiny-committee")]
    [InlineData("Councillor Phillip O'Dell", "councillor-phillip-odell")]
    [InlineData("Health & Wellbeing Board", "health-wellbeing-board")]
    [InlineData("Café Licensing Sub-Committee", "cafe-licensing-sub-committee")]
    public void A_slug_is_made_from_a_display_name(string name, string expected)
    {
        Assert.Equal(expected, Slug.From(name).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Upper")]
    [InlineData("-leading")]
    [InlineData("double--hyphen")]
    [InlineData("spaces here")]
    public void A_malformed_slug_is_rejected(string value)
    {
        Assert.Throws<ArgumentException>(() => new Slug(value));
    }
}
