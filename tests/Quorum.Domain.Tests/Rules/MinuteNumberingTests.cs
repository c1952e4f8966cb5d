using NodaTime;
using Quorum.Domain.Outcomes;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Tests.Rules;

public class MinuteNumberingTests
{
    private static readonly MinuteNumberingRule Harrow = MinuteNumberingRule.Harrow;

    private static MinutedMeeting M(string id, int y, int m, int d, int from, int to)
        => new(id, new LocalDate(y, m, d), [.. Enumerable.Range(from, to - from + 1).Select(n => new MinuteNumber(n))]);

    [Fact]
    public void Numbering_runs_on_from_27_June_to_17_July_2017_at_scrutiny()
    {
        // CPR-9, seed 000: minutes 219–227 then 228–230.
        Assert.Equal(new MinuteNumber(228), MinuteNumbering.FirstNumberFor(new LocalDate(2017, 7, 17), new LocalDate(2017, 6, 27), new MinuteNumber(227), Harrow));
        Assert.Empty(MinuteNumbering.Validate([M("O&S 27 Jun 2017", 2017, 6, 27, 219, 227), M("O&S 17 Jul 2017", 2017, 7, 17, 228, 230)], Harrow));
    }

    [Fact]
    public void Harrow_numbering_restarts_at_1_after_the_22_May_2014_borough_election()
    {
        // S25: O&S minute 260 on 24 May 2012, minute 1 on 17 June 2014.
        Assert.Equal(new MinuteNumber(1), MinuteNumbering.FirstNumberFor(new LocalDate(2014, 6, 17), new LocalDate(2014, 4, 29), new MinuteNumber(310), Harrow));
        Assert.Empty(MinuteNumbering.Validate([M("O&S 29 Apr 2014", 2014, 4, 29, 300, 310), M("O&S 17 Jun 2014", 2014, 6, 17, 1, 12)], Harrow));
    }

    [Fact]
    public void A_meeting_on_polling_day_still_belongs_to_the_outgoing_sequence()
        => Assert.Equal(new MinuteNumber(311), MinuteNumbering.FirstNumberFor(new LocalDate(2014, 5, 22), new LocalDate(2014, 4, 29), new MinuteNumber(310), Harrow));

    [Fact]
    public void The_first_meeting_of_a_body_starts_at_1()
        => Assert.Equal(new MinuteNumber(1), MinuteNumbering.FirstNumberFor(new LocalDate(2020, 1, 14), null, null, Harrow));

    [Fact]
    public void A_gap_between_meetings_is_flagged_with_the_missing_numbers()
    {
        var finding = Assert.Single(MinuteNumbering.Validate([M("A", 2017, 6, 27, 219, 227), M("B", 2017, 7, 17, 231, 233)], Harrow));
        Assert.Equal(MinuteNumberingProblem.Gap, finding.Problem);
        Assert.Equal(231, finding.Number);
        Assert.Contains("minutes 228–230 are missing", finding.Message);
    }

    [Fact]
    public void A_repeated_number_is_flagged_naming_where_it_was_first_used()
    {
        var finding = Assert.Single(MinuteNumbering.Validate([M("A", 2017, 6, 27, 219, 227), M("B", 2017, 7, 17, 227, 227)], Harrow));
        Assert.Equal(MinuteNumberingProblem.Repeat, finding.Problem);
        Assert.Contains("repeats minute 227 of A", finding.Message);
    }

    [Fact]
    public void A_repeat_inside_one_meeting_is_flagged()
    {
        var findings = MinuteNumbering.Validate([new MinutedMeeting("A", new LocalDate(2020, 1, 14), [new(69), new(70), new(71), new(70), new(72)])], Harrow);
        Assert.Equal(MinuteNumberingProblem.Repeat, Assert.Single(findings).Problem);
    }

    [Fact]
    public void Carrying_on_after_an_election_is_flagged_as_a_missed_restart()
    {
        var finding = Assert.Single(MinuteNumbering.Validate([M("A", 2018, 3, 1, 100, 105), M("B", 2018, 6, 1, 106, 110)], Harrow));
        Assert.Equal(MinuteNumberingProblem.MissedRestart, finding.Problem);
        Assert.Contains("the first meeting after an election", finding.Message);
    }

    [Fact]
    public void Going_back_to_1_with_no_election_is_flagged_as_an_unexpected_restart()
    {
        var finding = Assert.Single(MinuteNumbering.Validate([M("A", 2017, 6, 27, 219, 227), M("B", 2017, 7, 17, 1, 3)], Harrow));
        Assert.Equal(MinuteNumberingProblem.UnexpectedRestart, finding.Problem);
    }

    [Fact]
    public void Meetings_given_out_of_date_order_are_checked_in_date_order()
        => Assert.Empty(MinuteNumbering.Validate([M("B", 2017, 7, 17, 228, 230), M("A", 2017, 6, 27, 219, 227)], Harrow));

    [Fact]
    public void A_council_that_never_restarts_carries_on_across_an_election()
    {
        var never = Harrow with { Restart = MinuteRestart.Never };
        Assert.Equal(new MinuteNumber(106), MinuteNumbering.FirstNumberFor(new LocalDate(2018, 6, 1), new LocalDate(2018, 3, 1), new MinuteNumber(105), never));
        Assert.Empty(MinuteNumbering.Validate([M("A", 2018, 3, 1, 100, 105), M("B", 2018, 6, 1, 106, 110)], never));
    }

    [Fact]
    public void A_council_that_restarts_each_municipal_year_restarts_from_its_start_date()
    {
        var yearly = Harrow with { Restart = MinuteRestart.EachMunicipalYear, MunicipalYearStarts = new AnnualDate(5, 15) };
        Assert.Equal(new MinuteNumber(1), MinuteNumbering.FirstNumberFor(new LocalDate(2019, 6, 1), new LocalDate(2019, 4, 1), new MinuteNumber(80), yearly));
        Assert.Equal(new MinuteNumber(81), MinuteNumbering.FirstNumberFor(new LocalDate(2019, 5, 14), new LocalDate(2019, 4, 1), new MinuteNumber(80), yearly));
        Assert.Equal(new MinuteNumber(1), MinuteNumbering.FirstNumberFor(new LocalDate(2021, 1, 10), new LocalDate(2019, 4, 1), new MinuteNumber(80), yearly));
    }

    [Fact]
    public void Numbering_a_meeting_before_the_previous_one_is_refused_naming_CPR_9()
    {
        var error = Assert.Throws<ProcedureRuleException>(
            () => MinuteNumbering.FirstNumberFor(new LocalDate(2017, 6, 1), new LocalDate(2017, 7, 17), new MinuteNumber(230), Harrow));
        Assert.Equal("CPR-9", error.Rule);
    }
}
