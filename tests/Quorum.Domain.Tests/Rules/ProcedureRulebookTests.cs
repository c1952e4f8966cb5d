using NodaTime;
using Quorum.Domain.Rules;

namespace Quorum.Domain.Tests.Rules;

public class ProcedureRulebookTests
{
    private static readonly ProcedureRulebook Book = new(
        [
            new(new LocalDate(2000, 1, 1), ProcedureSettings.Harrow),
            new(new LocalDate(2024, 5, 1), ProcedureSettings.Harrow with { CallIn = new(3) }),
        ],
        [
            new("Planning Committee", new LocalDate(2010, 1, 1), new() { Quorum = 3 }),
            new("Planning Committee", new LocalDate(2020, 1, 1), new() { Quorum = 4, PublicQuestions = new(5, new LocalTime(12, 0)) }),
        ]);

    [Fact]
    public void Settings_are_read_as_at_the_meeting_date()
    {
        Assert.Equal(5, Book.For(new LocalDate(2024, 4, 30)).CallIn.WindowWorkingDays);
        Assert.Equal(3, Book.For(new LocalDate(2024, 5, 1)).CallIn.WindowWorkingDays);
    }

    [Fact]
    public void A_committee_override_applies_from_its_effective_date_and_falls_back_to_the_council_otherwise()
    {
        Assert.Null(Book.For(new LocalDate(2009, 12, 31), "Planning Committee").Quorum);
        Assert.Equal(3, Book.For(new LocalDate(2015, 6, 1), "Planning Committee").Quorum);
        var later = Book.For(new LocalDate(2024, 6, 1), "Planning Committee");
        Assert.Equal(4, later.Quorum);
        Assert.Equal(new LocalTime(12, 0), later.PublicQuestions.At);
        Assert.Equal(3, later.CallIn.WindowWorkingDays);
        Assert.Equal(3, ProcedureSettings.Harrow.PublicQuestions.WorkingDaysBefore);
    }

    [Fact]
    public void A_date_before_any_settings_is_refused()
    {
        var error = Assert.Throws<ProcedureRuleException>(() => Book.For(new LocalDate(1999, 12, 31)));
        Assert.Equal("Settings", error.Rule);
    }

    [Fact]
    public void Harrow_defaults_match_rules_section_8()
    {
        var harrow = ProcedureSettings.Harrow;
        Assert.Equal(Quorum.Domain.Calendar.DayCount.Working, harrow.FiveClearDayCount);
        Assert.Equal(Quorum.Domain.Calendar.DayCount.Calendar, harrow.TwentyEightClearDayCount);
        Assert.Empty(harrow.ClosureDays);
        Assert.Equal(new PublicQuestionRule(3, new LocalTime(15, 0)), harrow.PublicQuestions);
        Assert.Equal(5, harrow.CallIn.WindowWorkingDays);
        Assert.Equal(SubstitutionPolicy.HarrowReserves, harrow.Substitution);
        Assert.Equal(MinuteRestart.AfterEachElection, harrow.MinuteNumbering.Restart);
    }
}
