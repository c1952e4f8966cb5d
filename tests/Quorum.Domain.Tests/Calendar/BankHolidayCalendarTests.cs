using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Quorum.Domain.Calendar;

namespace Quorum.Domain.Tests.Calendar;

public class BankHolidayCalendarTests
{
    private static readonly BankHolidayCalendar Holidays = BankHolidayCalendar.EnglandAndWales;

    // The CAL-1 test vector table, one row per year.
    [Theory]
    [InlineData(2013, "2013-01-01 2013-03-29 2013-04-01 2013-05-06 2013-05-27 2013-08-26 2013-12-25 2013-12-26")]
    [InlineData(2014, "2014-01-01 2014-04-18 2014-04-21 2014-05-05 2014-05-26 2014-08-25 2014-12-25 2014-12-26")]
    [InlineData(2015, "2015-01-01 2015-04-03 2015-04-06 2015-05-04 2015-05-25 2015-08-31 2015-12-25 2015-12-28")]
    [InlineData(2016, "2016-01-01 2016-03-25 2016-03-28 2016-05-02 2016-05-30 2016-08-29 2016-12-26 2016-12-27")]
    [InlineData(2017, "2017-01-02 2017-04-14 2017-04-17 2017-05-01 2017-05-29 2017-08-28 2017-12-25 2017-12-26")]
    [InlineData(2020, "2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28")]
    [InlineData(2021, "2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28")]
    [InlineData(2022, "2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27")]
    [InlineData(2023, "2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26")]
    [InlineData(2026, "2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28")]
    public void Bank_holidays_match_the_CAL_1_vector_for_the_year(int year, string expected)
    {
        var dates = Holidays.For(year).Select(h => LocalDatePattern.Iso.Format(h.Date));
        Assert.Equal(expected.Split(' '), dates);
    }

    [Fact]
    public void Christmas_on_a_Saturday_makes_Monday_27_and_Tuesday_28_December_2021_non_working()
    {
        // T18
        var calendar = WorkingCalendar.EnglandAndWales;
        Assert.False(calendar.IsWorkingDay(new LocalDate(2021, 12, 27)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2021, 12, 28)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2021, 12, 29)));
    }

    [Fact]
    public void Christmas_on_a_Friday_moves_Boxing_Day_to_Monday_28_December_2015()
        => Assert.Contains(Holidays.For(2015), h => h.Date == new LocalDate(2015, 12, 28) && h.Name.Contains("Boxing Day"));

    [Fact]
    public void Christmas_on_a_Sunday_gives_Monday_26_and_Tuesday_27_December_2016()
    {
        var december = Holidays.For(2016).Where(h => h.Date.Month == 12).Select(h => h.Date);
        Assert.Equal([new LocalDate(2016, 12, 26), new LocalDate(2016, 12, 27)], december);
    }

    [Fact]
    public void New_Year_on_a_Sunday_moves_to_Monday_2_January_2017()
        => Assert.Equal(new LocalDate(2017, 1, 2), Holidays.For(2017)[0].Date);

    [Fact]
    public void New_Year_on_a_Saturday_moves_to_Monday_3_January_2022()
        => Assert.Equal(new LocalDate(2022, 1, 3), Holidays.For(2022)[0].Date);

    [Fact]
    public void A_moved_holiday_removes_the_rule_date_VE_Day_2020_replaces_Monday_4_May()
    {
        var may = Holidays.For(2020).Where(h => h.Date.Month == 5).Select(h => h.Date);
        Assert.Equal([new LocalDate(2020, 5, 8), new LocalDate(2020, 5, 25)], may);
    }

    [Fact]
    public void The_2002_Golden_Jubilee_moves_the_spring_holiday_to_Tuesday_4_June_and_adds_Monday_3_June()
    {
        var holidays = Holidays.For(2002).Select(h => h.Date).ToList();
        Assert.DoesNotContain(new LocalDate(2002, 5, 27), holidays);
        Assert.Contains(new LocalDate(2002, 6, 3), holidays);
        Assert.Contains(new LocalDate(2002, 6, 4), holidays);
    }

    [Theory]
    [InlineData(1995, "1995-05-08")]
    [InlineData(1999, "1999-12-31")]
    [InlineData(2011, "2011-04-29")]
    [InlineData(2012, "2012-06-05")]
    public void One_off_proclamations_are_holidays(int year, string date)
        => Assert.Contains(Holidays.For(year), h => h.Date == LocalDatePattern.Iso.Parse(date).Value);

    [Theory]
    [InlineData(1974)]
    [InlineData(1975)]
    [InlineData(1976)]
    public void Before_1978_there_is_no_early_May_holiday_so_the_year_has_seven(int year)
    {
        Assert.Equal(7, Holidays.For(year).Count);
        Assert.DoesNotContain(Holidays.For(year), h => h.Name.StartsWith("Early May", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    [InlineData(1974, 4, 14)]
    public void Easter_Sunday_is_computed_by_the_Gregorian_algorithm(int year, int month, int day)
        => Assert.Equal(new LocalDate(year, month, day), EasterSunday.For(year));

    [Theory]
    [InlineData(1973)]
    [InlineData(2101)]
    [InlineData(0)]
    public void A_year_outside_1974_to_2100_is_refused_naming_CAL_1(int year)
    {
        var error = Assert.Throws<ProcedureRuleException>(() => Holidays.For(year));
        Assert.Equal("CAL-1", error.Rule);
        Assert.Contains(year.ToString(), error.Message);
    }

    [Fact]
    public void A_proclamation_outside_1974_to_2100_is_refused()
        => Assert.Throws<ProcedureRuleException>(() => new BankHolidayCalendar([new(new LocalDate(2101, 1, 2), "Future")]));

    [Fact]
    public void A_future_proclamation_can_be_supplied_as_data()
    {
        var calendar = new BankHolidayCalendar(
            [.. BankHolidayProclamations.EnglandAndWales, new(new LocalDate(2030, 6, 7), "Example proclamation")]);
        Assert.Contains(calendar.For(2030), h => h.Date == new LocalDate(2030, 6, 7));
        Assert.DoesNotContain(Holidays.For(2030), h => h.Date == new LocalDate(2030, 6, 7));
    }

    [Property(MaxTest = 1000)]
    public Property Every_year_from_1978_has_8_to_10_holidays_and_none_at_a_weekend()
        => Prop.ForAll(CalendarGen.Years(1978, 2100).ToArbitrary(), year =>
        {
            var days = Holidays.For(year);
            return days.Count is >= 8 and <= 10
                   && days.All(d => d.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
                   && days.All(d => d.Date.Year == year)
                   && days.Select(d => d.Date).Distinct().Count() == days.Count;
        });

    [Property(MaxTest = 1000)]
    public Property No_year_from_1974_has_a_weekend_holiday_or_more_than_10()
        => Prop.ForAll(CalendarGen.Years(1974, 2100).ToArbitrary(), year =>
        {
            var days = Holidays.For(year);
            return days.Count is >= 7 and <= 10
                   && days.All(d => d.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
        });
}
