using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quorum.Domain.Calendar;

namespace Quorum.Domain.Tests.Calendar;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.EnglandAndWales;

    [Fact]
    public void Elitestone_agenda_published_Thursday_26_April_1990_for_Tuesday_1_May_had_only_2_clear_working_days()
    {
        // CAL-3 worked example and T10: three clear days were needed, so the decision was defective.
        var published = new LocalDate(1990, 4, 26);
        var meeting = new LocalDate(1990, 5, 1);
        Assert.Equal(2, Calendar.ClearDaysBetween(published, meeting, DayCount.Working));
        Assert.Equal(4, Calendar.ClearDaysBetween(published, meeting, DayCount.Calendar));
    }

    [Fact]
    public void Clear_days_exclude_both_the_first_and_the_last_day()
    {
        var monday = new LocalDate(2017, 9, 11);
        Assert.Equal(0, Calendar.ClearDaysBetween(monday, monday, DayCount.Calendar));
        Assert.Equal(0, Calendar.ClearDaysBetween(monday, monday.PlusDays(1), DayCount.Calendar));
        Assert.Equal(1, Calendar.ClearDaysBetween(monday, monday.PlusDays(2), DayCount.Working));
    }

    [Fact]
    public void Clear_days_refuse_an_end_before_the_start_naming_CAL_3()
    {
        var error = Assert.Throws<ProcedureRuleException>(
            () => Calendar.ClearDaysBetween(new LocalDate(2017, 9, 19), new LocalDate(2017, 9, 11), DayCount.Working));
        Assert.Equal("CAL-3", error.Rule);
    }

    [Fact]
    public void Weekends_bank_holidays_and_closure_days_are_not_working_days()
    {
        var withClosure = Calendar.WithClosureDays([new LocalDate(2025, 12, 24)]);
        Assert.False(Calendar.IsWorkingDay(new LocalDate(2025, 4, 19)));
        Assert.False(Calendar.IsWorkingDay(new LocalDate(2025, 4, 18)));
        Assert.True(Calendar.IsWorkingDay(new LocalDate(2025, 12, 24)));
        Assert.False(withClosure.IsWorkingDay(new LocalDate(2025, 12, 24)));
    }

    [Fact]
    public void The_third_working_day_before_Thursday_2_January_2025_skips_Christmas_Boxing_Day_and_New_Year()
        => Assert.Equal(new LocalDate(2024, 12, 27), Calendar.NthWorkingDayBefore(new LocalDate(2025, 1, 2), 3));

    [Fact]
    public void The_fifth_working_day_after_Wednesday_14_September_2022_skips_the_State_Funeral()
        => Assert.Equal(new LocalDate(2022, 9, 22), Calendar.NthWorkingDayAfter(new LocalDate(2022, 9, 14), 5));

    [Fact]
    public void Counting_zero_working_days_is_refused()
        => Assert.Throws<ProcedureRuleException>(() => Calendar.NthWorkingDayBefore(new LocalDate(2022, 9, 14), 0));

    [Fact]
    public void Working_days_beyond_2100_are_refused_naming_CAL_1()
    {
        var error = Assert.Throws<ProcedureRuleException>(() => Calendar.NthWorkingDayAfter(new LocalDate(2100, 12, 29), 5));
        Assert.Equal("CAL-1", error.Rule);
    }

    [Property(MaxTest = 1000)]
    public Property The_nth_working_day_before_leaves_n_minus_1_clear_working_days()
        => Prop.ForAll(CalendarGen.AnyDate, Gen.Choose(1, 30).ToArbitrary(), (date, n) =>
        {
            var before = Calendar.NthWorkingDayBefore(date, n);
            return Calendar.IsWorkingDay(before) && Calendar.ClearDaysBetween(before, date, DayCount.Working) == n - 1;
        });
}
