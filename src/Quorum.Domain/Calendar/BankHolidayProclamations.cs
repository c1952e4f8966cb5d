using NodaTime;

namespace Quorum.Domain.Calendar;

/// <summary>
/// One-off England and Wales proclamations since 1974 (CAL-1 BH-8; Banking and Financial Dealings Act 1971 s1(3)).
/// Data, not rules: a future proclamation is one more line here, or is passed to <see cref="BankHolidayCalendar"/>
/// from the GOV.UK bank-holidays feed (BH-9).
/// </summary>
public static class BankHolidayProclamations
{
    public static IReadOnlyList<BankHolidayProclamation> EnglandAndWales { get; } =
    [
        new(new LocalDate(1977, 6, 7), "Silver Jubilee of Elizabeth II"),
        new(new LocalDate(1981, 7, 29), "Wedding of the Prince of Wales"),
        new(new LocalDate(1995, 5, 8), "Early May bank holiday (VE Day 50th anniversary)", Replaces: new LocalDate(1995, 5, 1)),
        new(new LocalDate(1999, 12, 31), "Millennium"),
        new(new LocalDate(2002, 6, 3), "Golden Jubilee of Elizabeth II"),
        new(new LocalDate(2002, 6, 4), "Spring bank holiday (moved for the Golden Jubilee)", Replaces: new LocalDate(2002, 5, 27)),
        new(new LocalDate(2011, 4, 29), "Wedding of Prince William and Catherine Middleton"),
        new(new LocalDate(2012, 6, 4), "Spring bank holiday (moved for the Diamond Jubilee)", Replaces: new LocalDate(2012, 5, 28)),
        new(new LocalDate(2012, 6, 5), "Diamond Jubilee of Elizabeth II"),
        new(new LocalDate(2020, 5, 8), "Early May bank holiday (VE Day 75th anniversary)", Replaces: new LocalDate(2020, 5, 4)),
        new(new LocalDate(2022, 6, 2), "Spring bank holiday (moved for the Platinum Jubilee)", Replaces: new LocalDate(2022, 5, 30)),
        new(new LocalDate(2022, 6, 3), "Platinum Jubilee of Elizabeth II"),
        new(new LocalDate(2022, 9, 19), "State Funeral of Queen Elizabeth II"),
        new(new LocalDate(2023, 5, 8), "Coronation of King Charles III"),
    ];
}
