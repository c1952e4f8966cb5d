using System.Collections.Concurrent;
using NodaTime;

namespace Quorum.Domain.Calendar;

/// <summary>
/// England and Wales bank holidays for 1974–2100: the statutory and proclaimed annual pattern (CAL-1 BH-1 to BH-7)
/// plus a table of one-off proclamations (BH-8). Good Friday and Christmas Day are common-law holidays, listed
/// here because offices are closed on them.
/// </summary>
public sealed class BankHolidayCalendar
{
    public const int FirstYear = 1974;
    public const int LastYear = 2100;

    private readonly ILookup<int, BankHolidayProclamation> _proclamations;
    private readonly ConcurrentDictionary<int, IReadOnlyList<BankHoliday>> _byYear = new();

    public BankHolidayCalendar(IEnumerable<BankHolidayProclamation> proclamations)
    {
        var list = proclamations.ToList();
        foreach (var p in list)
        {
            CheckYear(p.Date.Year);
        }
        _proclamations = list.ToLookup(p => p.Date.Year);
    }

    /// <summary>The annual pattern plus every proclamation in <see cref="BankHolidayProclamations.EnglandAndWales"/>.</summary>
    public static BankHolidayCalendar EnglandAndWales { get; } = new(BankHolidayProclamations.EnglandAndWales);

    /// <summary>The year's holidays in date order.</summary>
    public IReadOnlyList<BankHoliday> For(int year)
    {
        CheckYear(year);
        return _byYear.GetOrAdd(year, Compute);
    }

    public bool IsBankHoliday(LocalDate date) => For(date.Year).Any(h => h.Date == date);

    private IReadOnlyList<BankHoliday> Compute(int year)
    {
        var days = new List<BankHoliday>();
        var easter = EasterSunday.For(year);

        // BH-1: New Year's Day by proclamation since 1974, moved to Monday when it falls at a weekend.
        days.Add(new(NextWeekday(new LocalDate(year, 1, 1)), "New Year's Day"));
        // BH-2: Good Friday, a common-law holiday.
        days.Add(new(easter.PlusDays(-2), "Good Friday"));
        // BH-3: Easter Monday (1971 Act Sch 1 para 1).
        days.Add(new(easter.PlusDays(1), "Easter Monday"));
        // BH-4: early May bank holiday by proclamation since 1978.
        if (year >= 1978)
        {
            days.Add(new(FirstMonday(year, 5), "Early May bank holiday"));
        }
        // BH-5: spring bank holiday, last Monday in May (1971 Act Sch 1 para 1).
        days.Add(new(LastMonday(year, 5), "Spring bank holiday"));
        // BH-6: summer bank holiday, last Monday in August (1971 Act Sch 1 para 1).
        days.Add(new(LastMonday(year, 8), "Summer bank holiday"));
        // BH-7: Christmas Day (common law), Boxing Day and their substitutes (1971 Act Sch 1 para 1; proclamation).
        days.AddRange(Christmas(year));

        var proclaimed = _proclamations[year].ToList();
        var replaced = proclaimed.Where(p => p.Replaces is not null).Select(p => p.Replaces!.Value).ToHashSet();
        days.RemoveAll(d => replaced.Contains(d.Date));
        days.AddRange(proclaimed.Select(p => new BankHoliday(p.Date, p.Name)));
        return days.OrderBy(d => d.Date).DistinctBy(d => d.Date).ToList();
    }

    private static IEnumerable<BankHoliday> Christmas(int year)
    {
        var christmas = new LocalDate(year, 12, 25);
        return christmas.DayOfWeek switch
        {
            IsoDayOfWeek.Friday =>
                [new(christmas, "Christmas Day"), new(new LocalDate(year, 12, 28), "Boxing Day (substitute day)")],
            IsoDayOfWeek.Saturday =>
                [new(new LocalDate(year, 12, 27), "Christmas Day (substitute day)"), new(new LocalDate(year, 12, 28), "Boxing Day (substitute day)")],
            IsoDayOfWeek.Sunday =>
                [new(new LocalDate(year, 12, 26), "Boxing Day"), new(new LocalDate(year, 12, 27), "Christmas Day (substitute day)")],
            _ => [new(christmas, "Christmas Day"), new(new LocalDate(year, 12, 26), "Boxing Day")],
        };
    }

    private static LocalDate NextWeekday(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => date.PlusDays(2),
        IsoDayOfWeek.Sunday => date.PlusDays(1),
        _ => date,
    };

    private static LocalDate FirstMonday(int year, int month)
        => new LocalDate(year, month, 1).PlusDays(-1).Next(IsoDayOfWeek.Monday);

    private static LocalDate LastMonday(int year, int month)
        => new LocalDate(year, month, 1).PlusMonths(1).Previous(IsoDayOfWeek.Monday);

    private static void CheckYear(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ProcedureRuleException(
                "CAL-1",
                $"bank holidays are known for {FirstYear}–{LastYear}; {year} is outside that range");
        }
    }
}
