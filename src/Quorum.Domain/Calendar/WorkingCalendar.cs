using NodaTime;

namespace Quorum.Domain.Calendar;

/// <summary>
/// Working days for one council: Monday to Friday, less England and Wales bank holidays (CAL-1) and the council's
/// own extra closure days (CAL-2), with the "clear days" arithmetic every deadline uses (CAL-3).
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<LocalDate> _closureDays;

    public WorkingCalendar(BankHolidayCalendar bankHolidays, IEnumerable<LocalDate> closureDays)
    {
        BankHolidays = bankHolidays;
        _closureDays = [.. closureDays];
    }

    /// <summary>England and Wales bank holidays and no extra closure days (the CAL-2 default).</summary>
    public static WorkingCalendar EnglandAndWales { get; } = new(BankHolidayCalendar.EnglandAndWales, []);

    public BankHolidayCalendar BankHolidays { get; }

    public IReadOnlySet<LocalDate> ClosureDays => _closureDays;

    /// <summary>A copy of this calendar with more council closure days (CAL-2).</summary>
    public WorkingCalendar WithClosureDays(IEnumerable<LocalDate> extra) => new(BankHolidays, _closureDays.Concat(extra));

    // CAL-2: Mon–Fri and not a CAL-1 holiday and not a council closure day.
    public bool IsWorkingDay(LocalDate date)
        => date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
           && !_closureDays.Contains(date)
           && !BankHolidays.IsBankHoliday(date);

    /// <summary>Days strictly between <paramref name="from"/> and <paramref name="to"/>, both ends excluded (CAL-3, R v Herefordshire Justices 1820).</summary>
    public int ClearDaysBetween(LocalDate from, LocalDate to, DayCount kind)
    {
        if (to < from)
        {
            throw new ProcedureRuleException("CAL-3", $"clear days run forward: {to:uuuu-MM-dd} is before {from:uuuu-MM-dd}");
        }
        var count = 0;
        for (var d = from.PlusDays(1); d < to; d = d.PlusDays(1))
        {
            if (kind == DayCount.Calendar || IsWorkingDay(d))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The n-th working day counting back from <paramref name="date"/>, which itself is not counted (CAL-3).</summary>
    public LocalDate NthWorkingDayBefore(LocalDate date, int n) => NthWorkingDay(date, n, -1);

    /// <summary>The n-th working day counting on from <paramref name="date"/>, which itself is not counted.</summary>
    public LocalDate NthWorkingDayAfter(LocalDate date, int n) => NthWorkingDay(date, n, +1);

    /// <summary>The latest date that still leaves <paramref name="clearDays"/> clear days before <paramref name="date"/> (CAL-3).</summary>
    public LocalDate LatestDateWithClearDaysBefore(LocalDate date, int clearDays, DayCount kind)
        => kind == DayCount.Working
            ? NthWorkingDayBefore(date, clearDays + 1)
            : date.PlusDays(-(clearDays + 1));

    /// <summary>The earliest date with <paramref name="clearDays"/> clear days after <paramref name="date"/> (EX-5 "have elapsed following the day").</summary>
    public LocalDate EarliestDateWithClearDaysAfter(LocalDate date, int clearDays, DayCount kind)
        => kind == DayCount.Working
            ? NthWorkingDayAfter(date, clearDays).PlusDays(1)
            : date.PlusDays(clearDays + 1);

    private LocalDate NthWorkingDay(LocalDate date, int n, int step)
    {
        if (n < 1)
        {
            throw new ProcedureRuleException("CAL-3", $"count working days from 1, not {n}");
        }
        var d = date;
        for (var found = 0; found < n;)
        {
            d = d.PlusDays(step);
            if (IsWorkingDay(d))
            {
                found++;
            }
        }
        return d;
    }
}
